/** Things a person, or an unnamed spokesperson of an organization, said on a date. */
package com.partnershiptracker.statement;
