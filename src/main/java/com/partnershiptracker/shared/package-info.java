/** Value types every module shares: partial dates, bilingual text, slugs, external identifiers, facts and their links, paging, entity identity. */
package com.partnershiptracker.shared;
