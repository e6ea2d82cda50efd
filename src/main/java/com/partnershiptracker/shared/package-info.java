/** Small value types and base classes that every feature shares: partial dates, bilingual text, entity identity. */
package com.partnershiptracker.shared;
