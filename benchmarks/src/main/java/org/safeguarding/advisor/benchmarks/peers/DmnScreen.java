package org.safeguarding.advisor.benchmarks.peers;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import org.safeguarding.advisor.Concern;
import org.safeguarding.advisor.Indicator;
import org.safeguarding.advisor.ReferralTrigger;
import org.safeguarding.advisor.Situation;
import org.safeguarding.advisor.Urgency;

/**
 * The peer: the same decision as a DMN decision table ({@value #MODEL_RESOURCE}), compiled once and
 * evaluated by KIE DMN. Each evaluation builds the DMN context from the situation's facts, as an
 * application using KIE would, and reads the three decisions back.
 */
public final class DmnScreen implements ReferralScreen {
  public static final String MODEL_RESOURCE = "/org/safeguarding/advisor/benchmarks/referral-screen.dmn";
  public static final String NAMESPACE = "https://safeguarding-advisor.invalid/dmn/referral-screen";
  public static final String MODEL_NAME = "referral-screen";

  private static final Indicator[] INDICATORS = Indicator.values();
  private static final String[] INDICATOR_NAMES = new String[INDICATORS.length];

  static {
    for (Indicator indicator : INDICATORS) {
      INDICATOR_NAMES[indicator.ordinal()] = indicator.name();
    }
  }

  private final DMNRuntime runtime;
  private final DMNModel model;

  /** Reads and compiles the model; throws if KIE reports any problem with it. */
  public DmnScreen() {
    Resource resource;
    try (Reader reader = new InputStreamReader(
        DmnScreen.class.getResourceAsStream(MODEL_RESOURCE), StandardCharsets.UTF_8)) {
      resource = ResourceFactory.newReaderResource(reader, "UTF-8");
      resource.setSourcePath("referral-screen.dmn");
      runtime = DMNRuntimeBuilder.fromDefaults()
          .buildConfiguration()
          .fromResources(List.of(resource))
          .getOrElseThrow(e -> new IllegalStateException("KIE could not build the DMN model", e));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read " + MODEL_RESOURCE, e);
    }
    model = runtime.getModel(NAMESPACE, MODEL_NAME);
    if (model == null) {
      throw new IllegalStateException("no DMN model " + MODEL_NAME + " in " + runtime.getModels());
    }
    if (model.hasErrors()) {
      throw new IllegalStateException("the DMN model has errors: " + model.getMessages());
    }
  }

  @Override
  public String name() {
    return "KIE DMN";
  }

  /** The model, for inspection. */
  public DMNModel model() {
    return model;
  }

  @Override
  public Screen screen(Situation situation) {
    DMNResult result = runtime.evaluateAll(model, context(situation));
    if (result.hasErrors()) {
      throw new IllegalStateException("DMN evaluation failed: " + result.getMessages());
    }
    DMNContext out = result.getContext();
    Set<ReferralTrigger> triggers = EnumSet.noneOf(ReferralTrigger.class);
    for (Object trigger : (List<?>) out.get("Referral triggers")) {
      triggers.add(ReferralTrigger.valueOf((String) trigger));
    }
    return new Screen((Boolean) out.get("Referral required"), triggers,
        Urgency.valueOf((String) out.get("Urgency")));
  }

  private DMNContext context(Situation situation) {
    DMNContext context = runtime.newContext();
    context.set("Child age", situation.childAge().isPresent() ? situation.childAge().getAsInt() : null);
    context.set("Reporter", situation.audience().name());
    context.set("Other party", situation.otherParty().name());
    context.set("Spread", situation.spread().name());
    List<String> concerns = new ArrayList<>(situation.concerns().size());
    for (Concern concern : situation.concerns()) {
      concerns.add(concern.name());
    }
    context.set("Concerns", concerns);
    Map<String, Object> indicators = new HashMap<>();
    for (Indicator indicator : INDICATORS) {
      indicators.put(INDICATOR_NAMES[indicator.ordinal()], situation.indicator(indicator).name());
    }
    context.set("Indicators", indicators);
    return context;
  }
}
