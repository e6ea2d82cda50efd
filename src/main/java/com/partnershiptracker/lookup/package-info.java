/** Finding a record by what an editor or reader types: name, alias, slug or key, for the type-ahead pickers. */
package com.partnershiptracker.lookup;
