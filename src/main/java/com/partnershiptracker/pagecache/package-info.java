/** Serves repeated anonymous reads of public pages from memory until the record changes. */
package com.partnershiptracker.pagecache;
