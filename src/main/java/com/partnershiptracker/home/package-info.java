/** The home page: what the record holds at a glance. */
package com.partnershiptracker.home;
