/** Tests of the seed data set loaded by the db/seed migration. */
package com.partnershiptracker.seed;
