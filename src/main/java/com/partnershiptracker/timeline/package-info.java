/** The timeline read model: every dated fact in the record, merged and ordered with precision in mind. */
package com.partnershiptracker.timeline;
