package org.safeguarding.advisor.engine;

import java.util.List;
import org.safeguarding.advisor.Urgency;

/**
 * A checked rule: its condition, the steps it gives (as indices in declared order, each with its
 * urgency), warnings and risk factors (indices), referral triggers (a mask of ordinals), sources
 * and description.
 */
record RuleDef(String id, Condition when, int[] steps, Urgency[] stepUrgencies, int[] warnings,
    int triggers, int[] riskFactors, List<String> sources, String description) {}
