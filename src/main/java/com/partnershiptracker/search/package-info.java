/** Search across the record: organizations (with aliases), agreements, initiatives, people, statements and sources. */
package com.partnershiptracker.search;
