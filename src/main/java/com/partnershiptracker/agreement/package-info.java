/** Agreements (MOUs, tie-ups, pledges, investments) between two or more organizations. */
package com.partnershiptracker.agreement;
