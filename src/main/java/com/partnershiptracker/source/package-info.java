/** Sources (news articles and documents) and the citations that tie every fact to them. */
package com.partnershiptracker.source;
