/**
 * The JSON contract: a strict reader for situations and byte-stable writers for situations and
 * assessments, exactly as the shared contract shows them.
 */
package org.safeguarding.advisor.json;
