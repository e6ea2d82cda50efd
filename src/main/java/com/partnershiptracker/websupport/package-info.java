/** Web plumbing every page shares: language, display helpers, layout model and error pages. */
package com.partnershiptracker.websupport;
