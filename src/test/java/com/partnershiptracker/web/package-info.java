/** Tests of the public site as a whole, over real HTTP and in a real browser. */
package com.partnershiptracker.web;
