/** Initiatives (services, joint projects, programs, platforms, reorganizations) and the metrics about them. */
package com.partnershiptracker.initiative;
