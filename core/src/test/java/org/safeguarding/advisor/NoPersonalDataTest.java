package org.safeguarding.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.safeguarding.advisor.json.AdvisorJson;

/**
 * Hazard: an image, a name or free text about a child entering the model. The situation can only
 * hold enum values and a small whole number, so there is nowhere to put them; and the reader
 * refuses any field that is not in the contract.
 */
class NoPersonalDataTest {

  @Test
  void everySituationAttributeIsAnEnumASetOrMapOfEnumsOrAnAge() {
    List<String> offending = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (Method m : Situation.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())
          || m.getParameterCount() > 0) {
        continue;
      }
      checked.add(m.getName());
      if (!onlyEnumsOrAge(m.getGenericReturnType())) {
        offending.add(m.getName() + ": " + m.getGenericReturnType());
      }
    }
    assertTrue(checked.containsAll(List.of("reporter", "jurisdiction", "childAge", "concerns",
        "spread", "otherParty", "platforms", "indicators")), "checked " + checked);
    assertTrue(offending.isEmpty(), "attributes that could carry free text: " + offending);
  }

  private static boolean onlyEnumsOrAge(Type type) {
    if (type == OptionalInt.class) {
      return true;
    }
    if (type instanceof Class<?>) {
      return ((Class<?>) type).isEnum();
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Type raw = p.getRawType();
      if (raw == Optional.class || raw == Set.class || raw == SortedSet.class || raw == Map.class
          || raw == SortedMap.class) {
        for (Type argument : p.getActualTypeArguments()) {
          if (!onlyEnumsOrAge(argument)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest
  @ValueSource(strings = {"childName", "name", "image", "imageBase64", "photo", "notes",
      "description", "freeText", "email", "phone", "address", "username", "url"})
  void theReaderRefusesFieldsThatCouldCarryPersonalData(String field) {
    InvalidSituationException e = assertThrows(InvalidSituationException.class,
        () -> AdvisorJson.readSituation("{\"" + field + "\":\"anything\"}"));
    assertEquals("$", e.path());
    assertEquals("has an unknown field (field 1 of the object)", e.problem());
    assertTrue(!e.getMessage().contains("anything"), "the rejected value is not echoed");
    assertTrue(!e.getMessage().contains(field), "nor the field's name");
  }
}
