/** Slow and heavy clients cannot starve the rest: caps on request bodies in flight, and a gate on heavy requests. */
package com.partnershiptracker.traffic;
