/** Sign-in, user accounts, roles and the rules that keep the admin side closed to everyone else. */
package com.partnershiptracker.security;
