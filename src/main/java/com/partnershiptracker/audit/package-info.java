/** Edit history: every change to the record is a revision that names who made it and when. */
package com.partnershiptracker.audit;
