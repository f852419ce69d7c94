package org.trucewatch.formats.text;

import java.util.Set;

/**
 * People named by their work or role, in English and German, singular and plural, and in Russian
 * and Ukrainian in the singular: the victims reports name most often after "man" and "woman" ("a
 * policeman died", "drei Polizisten verletzt", "injuring two rescuers and a firefighter",
 * "поранено рятувальника"). One list, with both spellings and the
 * inflected forms, so that the next report's word is in it, not only the last report's.
 */
final class RoleNouns {
  /** One person of a role: counts as one, like "man" or "Frau". */
  static final Set<String> SINGULAR = Set.copyOf(java.util.List.of(
      // English, British and American spellings
      "policeman", "policewoman", "officer", "patrolman", "rescuer", "firefighter", "fireman", "paramedic", "medic",
      "worker", "employee", "journalist", "reporter", "photographer", "cameraman", "serviceman", "servicewoman",
      "soldier", "villager", "motorist", "cyclist", "fisherman", "electrician", "lineman", "miner", "guard",
      "watchman", "teacher", "shopkeeper", "saleswoman", "salesman", "deminer", "sapper", "tractor-driver",
      "neighbour", "neighbor", "local",
      // German, masculine and feminine, the forms after "ein", "einen", "eines" and "der"
      "polizist", "polizistin", "polizisten", "polizeibeamter", "polizeibeamtin", "beamter", "beamtin", "feuerwehrmann",
      "feuerwehrfrau", "retter", "retterin", "rettungssanitäter", "sanitäter", "sanitäterin", "helfer", "helferin",
      "mitarbeiter", "mitarbeiterin", "arbeiter", "arbeiterin", "journalist", "journalistin", "fotograf",
      "fotografin", "soldat", "soldatin", "soldaten", "dorfbewohner", "dorfbewohnerin", "autofahrer", "autofahrerin",
      "radfahrer", "radfahrerin", "fischer", "elektriker", "bergmann", "wachmann", "lehrer", "lehrerin", "verkäufer",
      "verkäuferin", "minenräumer", "nachbar", "nachbarin", "erwachsener", "erwachsenen",
      "senior", "seniorin", "insasse", "insassin", "passagier", "passagierin", "fahrgast", "kommunalbeamter",
      // Russian and Ukrainian, nominative and accusative: "получил ранения сотрудник коммунальных
      // служб", "поранено рятувальника"
      "сотрудник", "сотрудника", "сотрудница", "сотрудницу", "работник", "работника", "работница", "работницу",
      "рабочий", "рабочего", "слесарь", "слесаря", "электрик", "электрика", "спасатель", "спасателя", "пожарный",
      "пожарного", "волонтер", "волонтера", "волонтёр", "волонтёра", "полицейский", "полицейского", "журналист",
      "журналиста", "охранник", "охранника", "фермер", "фермера", "тракторист", "тракториста", "прохожий", "прохожего",
      "пассажир", "пассажира", "пассажирка", "пассажирку", "пешеход", "пешехода", "велосипедист", "велосипедиста",
      "гражданин", "гражданина", "гражданка", "гражданку", "юноша", "юношу", "парень", "парня", "старик", "старика",
      "працівник", "працівника", "працівниця", "працівницю", "співробітник", "співробітника", "співробітниця",
      "співробітницю", "робітник", "робітника", "слюсар", "слюсаря", "електрик", "рятувальник", "рятувальника",
      "рятувальниця", "рятувальницю", "вогнеборець", "вогнеборця", "пожежник", "пожежника",
      "волонтерка", "волонтерку", "поліцейський", "поліцейського", "журналіст", "журналіста", "журналістка",
      "журналістку", "охоронець", "охоронця", "перехожий", "перехожого", "перехожа",
      "перехожу", "пасажир", "пасажира", "пасажирка", "пасажирку", "пішохід", "пішохода",
      "громадянин", "громадянина", "громадянка", "громадянку", "юнак", "юнака", "літній", "літня", "літнього", "літню"));

  /** People of a role in the plural: a people noun, as "people" and "Menschen" are. */
  static final String PLURAL_EN = String.join("|",
      "=policemen", "=policewomen", "=officers", "=police =officers", "=rescuers", "=firefighters", "=firemen",
      "=paramedics", "=medics", "=workers", "=employees", "=journalists", "=reporters", "=servicemen", "=villagers",
      "=motorists", "=cyclists", "=fishermen", "=electricians", "=linemen", "=miners", "=guards", "=teachers",
      "=deminers", "=sappers", "=passengers", "=pedestrians", "=passers-by", "=pensioners", "=volunteers", "=farmers",
      "=locals", "=neighbours", "=neighbors");

  /** The German plurals, nominative and dative. */
  static final String PLURAL_DE = String.join("|",
      "=polizisten", "=polizeibeamte", "=polizeibeamten", "=beamte", "=beamten", "=rettungskräfte", "=rettungskräften",
      "=feuerwehrleute", "=feuerwehrleuten", "=retter", "=rettern", "=sanitäter", "=sanitätern", "=helfer", "=helfern",
      "=mitarbeiter", "=mitarbeitern", "=arbeiter", "=arbeitern", "=journalisten", "=dorfbewohner", "=dorfbewohnern",
      "=autofahrer", "=fahrgäste", "=fahrgästen", "=passagiere", "=passagieren", "=insassen", "=passanten",
      "=rentner", "=rentnern", "=rentnerinnen", "=senioren", "=seniorinnen", "=anwohner", "=anwohnern", "=landwirte",
      "=freiwillige", "=freiwilligen", "=lehrer", "=minenräumer", "=nachbarn");

  private RoleNouns() {}

  /** The given singular person nouns and the roles' singulars, as one set. */
  static Set<String> with(String... persons) {
    java.util.Set<String> all = new java.util.TreeSet<>(SINGULAR);
    all.addAll(java.util.List.of(persons));
    return java.util.Collections.unmodifiableSet(all);
  }
}
