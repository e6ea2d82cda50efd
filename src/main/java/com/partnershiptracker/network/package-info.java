/** The alliance network: organizations as nodes, the agreements between them as edges. */
package com.partnershiptracker.network;
