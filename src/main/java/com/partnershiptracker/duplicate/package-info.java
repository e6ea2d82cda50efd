/** Likely duplicate organizations and people, their dismissal, and merging two records into one (and back). */
package com.partnershiptracker.duplicate;
