/** People (executives) and the positions they held at organizations. */
package com.partnershiptracker.person;
