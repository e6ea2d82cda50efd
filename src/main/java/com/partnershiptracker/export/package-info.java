/** Writing filtered lists out as files: CSV for spreadsheets, streamed in turns, and collecting every page of a list. */
package com.partnershiptracker.export;
