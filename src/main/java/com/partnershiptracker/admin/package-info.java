/** The admin side: the dashboard editors start from. */
package com.partnershiptracker.admin;
