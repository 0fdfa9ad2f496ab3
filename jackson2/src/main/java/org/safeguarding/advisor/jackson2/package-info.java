/**
 * A Jackson 2 module for the Safeguarding Advisor: {@link
 * org.safeguarding.advisor.jackson2.AdvisorJacksonModule}.
 */
package org.safeguarding.advisor.jackson2;
