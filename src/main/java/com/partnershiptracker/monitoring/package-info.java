/** What operators and the proxy read: health probes and metrics, on the management port. */
package com.partnershiptracker.monitoring;
