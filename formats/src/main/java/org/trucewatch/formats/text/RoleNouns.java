package org.trucewatch.formats.text;

import java.util.Set;

/**
 * People named by their work or role, singular and plural, in English, German, Russian and
 * Ukrainian: the victims reports name most often after "man" and "woman" ("a
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
      "neighbour", "neighbor", "local", "sailor", "seafarer", "seaman",
      // German, masculine and feminine, the forms after "ein", "einen", "eines" and "der"
      "polizist", "polizistin", "polizisten", "polizeibeamter", "polizeibeamtin", "beamter", "beamtin", "feuerwehrmann",
      "feuerwehrfrau", "retter", "retterin", "rettungssanitäter", "sanitäter", "sanitäterin", "helfer", "helferin",
      "mitarbeiter", "mitarbeiterin", "arbeiter", "arbeiterin", "journalist", "journalistin", "fotograf",
      "fotografin", "soldat", "soldatin", "soldaten", "dorfbewohner", "dorfbewohnerin", "autofahrer", "autofahrerin",
      "radfahrer", "radfahrerin", "fischer", "elektriker", "bergmann", "wachmann", "lehrer", "lehrerin", "verkäufer",
      "verkäuferin", "minenräumer", "nachbar", "nachbarin", "erwachsener", "erwachsenen",
      "senior", "seniorin", "insasse", "insassin", "passagier", "passagierin", "fahrgast", "kommunalbeamter",
      "matrose", "seemann",
      // Russian and Ukrainian, nominative and accusative: "получил ранения сотрудник коммунальных
      // служб", "поранено рятувальника"
      "сотрудник", "сотрудника", "сотрудница", "сотрудницу", "работник", "работника", "работница", "работницу",
      "рабочий", "рабочего", "слесарь", "слесаря", "электрик", "электрика", "спасатель", "спасателя", "пожарный",
      "пожарного", "волонтер", "волонтера", "волонтёр", "волонтёра", "полицейский", "полицейского", "журналист",
      "журналиста", "охранник", "охранника", "фермер", "фермера", "тракторист", "тракториста", "прохожий", "прохожего",
      "пассажир", "пассажира", "пассажирка", "пассажирку", "пешеход", "пешехода", "велосипедист", "велосипедиста",
      "гражданин", "гражданина", "гражданка", "гражданку", "юноша", "юношу", "парень", "парня", "старик", "старика",
      "моряк", "моряка", "матрос", "матроса",
      // a town's or an administration's head hit in office, in the nominative only (the verb's subject: "Мэр
      // Горловки ... получил ранение"; the genitive is a source's, "по словам мэра"); not "начальник", "mayor",
      // "староста", which name the source of most reports ("проинформировал начальник ОВА", "The mayor reported")
      // or a person told again by office ("постраждав староста ... Постраждав 62-річний чоловік, староста")
      "мэр", "руководитель",
      "працівник", "працівника", "працівниця", "працівницю", "співробітник", "співробітника", "співробітниця",
      "співробітницю", "робітник", "робітника", "слюсар", "слюсаря", "електрик", "рятувальник", "рятувальника",
      "рятувальниця", "рятувальницю", "вогнеборець", "вогнеборця", "пожежник", "пожежника",
      "волонтерка", "волонтерку", "поліцейський", "поліцейського", "журналіст", "журналіста", "журналістка",
      "журналістку", "охоронець", "охоронця", "перехожий", "перехожого", "перехожа",
      "перехожу", "пасажир", "пасажира", "пасажирка", "пасажирку", "пішохід", "пішохода",
      "громадянин", "громадянина", "громадянка", "громадянку", "юнак", "юнака", "літній", "літня", "літнього", "літню",
      "моряк", "моряка", "матрос", "матроса",
      "мер", "керівник"));

  /** People of a role in the plural: a people noun, as "people" and "Menschen" are. */
  static final String PLURAL_EN = String.join("|",
      "=policemen", "=policewomen", "=officers", "=police =officers", "=rescuers", "=firefighters", "=firemen",
      "=paramedics", "=medics", "=workers", "=employees", "=journalists", "=reporters", "=servicemen", "=villagers",
      "=motorists", "=cyclists", "=fishermen", "=electricians", "=linemen", "=miners", "=guards", "=teachers",
      "=deminers", "=sappers", "=passengers", "=pedestrians", "=passers-by", "=pensioners", "=volunteers", "=farmers",
      "=locals", "=neighbours", "=neighbors", "=sailors", "=seafarers", "=seamen", "=crew =members");

  /** The German plurals, nominative and dative. */
  static final String PLURAL_DE = String.join("|",
      "=polizisten", "=polizeibeamte", "=polizeibeamten", "=beamte", "=beamten", "=rettungskräfte", "=rettungskräften",
      "=feuerwehrleute", "=feuerwehrleuten", "=retter", "=rettern", "=sanitäter", "=sanitätern", "=helfer", "=helfern",
      "=mitarbeiter", "=mitarbeitern", "=arbeiter", "=arbeitern", "=journalisten", "=dorfbewohner", "=dorfbewohnern",
      "=autofahrer", "=fahrgäste", "=fahrgästen", "=passagiere", "=passagieren", "=insassen", "=passanten",
      "=rentner", "=rentnern", "=rentnerinnen", "=senioren", "=seniorinnen", "=anwohner", "=anwohnern", "=landwirte",
      "=freiwillige", "=freiwilligen", "=lehrer", "=minenräumer", "=nachbarn", "=matrosen", "=seeleute", "=seeleuten");

  /**
   * The Russian plurals, nominative and genitive (after a number: "пять сотрудников нефтебазы", "двое
   * спасателей"): a people noun, as "человек" is.
   */
  static final String PLURAL_RU = String.join("|",
      "=сотрудники", "=сотрудников", "=работники", "=работников", "=рабочие", "=рабочих", "=спасатели", "=спасателей",
      "=пожарные", "=пожарных", "=полицейские", "=полицейских", "=журналисты", "=журналистов", "=волонтеры",
      "=волонтеров", "=волонтёры", "=волонтёров", "=охранники", "=охранников", "=пассажиры", "=пассажиров",
      "=пенсионеры", "=пенсионеров", "=пенсионерки", "=пенсионерок", "=горожане", "=горожан", "=сельчане", "=сельчан",
      "=энергетики", "=энергетиков", "=моряки", "=моряков", "=матросы", "=матросов", "=прохожие", "=прохожих");

  /** The Ukrainian plurals, nominative and genitive: "поранено двох працівників", "троє рятувальників". */
  static final String PLURAL_UK = String.join("|",
      "=працівники", "=працівників", "=співробітники", "=співробітників", "=робітники", "=робітників", "=рятувальники",
      "=рятувальників", "=вогнеборці", "=вогнеборців", "=пожежники", "=пожежників", "=поліцейські", "=поліцейських",
      "=журналісти", "=журналістів", "=волонтери", "=волонтерів", "=охоронці", "=охоронців", "=пасажири", "=пасажирів",
      "=пенсіонери", "=пенсіонерів", "=пенсіонерки", "=пенсіонерок", "=енергетики", "=енергетиків", "=моряки",
      "=моряків", "=перехожі", "=перехожих");

  private RoleNouns() {}

  /** The given singular person nouns and the roles' singulars, as one set. */
  static Set<String> with(String... persons) {
    java.util.Set<String> all = new java.util.TreeSet<>(SINGULAR);
    all.addAll(java.util.List.of(persons));
    return java.util.Collections.unmodifiableSet(all);
  }
}
