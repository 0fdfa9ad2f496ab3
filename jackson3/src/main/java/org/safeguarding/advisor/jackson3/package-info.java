/**
 * A Jackson 3 module for the Safeguarding Advisor: {@link
 * org.safeguarding.advisor.jackson3.AdvisorJacksonModule}.
 */
package org.safeguarding.advisor.jackson3;
