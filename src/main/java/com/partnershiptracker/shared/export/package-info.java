/** Writing filtered lists out as files: CSV for spreadsheets, and collecting every page of a list. */
package com.partnershiptracker.shared.export;
