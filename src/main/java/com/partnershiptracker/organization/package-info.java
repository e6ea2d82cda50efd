/** Organizations (groups, affiliates, partners, internal units), their group structure and typed relations. */
package com.partnershiptracker.organization;
