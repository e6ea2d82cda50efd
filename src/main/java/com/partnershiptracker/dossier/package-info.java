/** The per-partner dossier: everything the record holds about one organization, assembled from each feature's service. */
package com.partnershiptracker.dossier;
