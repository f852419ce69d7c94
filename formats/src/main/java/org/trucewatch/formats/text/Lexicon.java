package org.trucewatch.formats.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words the extractor looks for, by language and by what they signal. Stems match the
 * inflected forms (see {@link Cue}). Every rule of the extractor is a list here plus a few lines
 * of code, so a wrong extraction can be traced to the word that caused it.
 */
final class Lexicon {
  /** What a group of cues signals. */
  enum Kind {
    /** Casualty words: value {@code killed}, {@code injured}, {@code minors}, or {@code people} (a bridge noun). */
    CASUALTY,
    /** Soldiers, for troop-number claims. */
    SOLDIERS,
    /** Sending troops. */
    DEPLOYED,
    /** Means of attack. */
    MEANS,
    /** A generic attack word, for triggers and attribution. */
    ATTACK,
    /** Target categories. */
    TARGET,
    /** The party an adjective or noun names: value a party code. */
    PARTY,
    /** Hedges: value a {@link org.trucewatch.core.claim.Hedge} name. */
    HEDGE,
    /** "more", "further": a number that continues the previous casualty category. */
    MORE,
    /** Bounds: value {@code up-to}, {@code about} or {@code over}. */
    BOUND,
    /** Original sources: value an English label. */
    SOURCE,
    /** Channels that carried the words: value the channel's name. */
    CHANNEL,
    /** Country adjectives qualifying a source: value an English adjective. */
    COUNTRY,
    /** Time words: value {@code today}, {@code yesterday}, {@code night}, {@code morning}, ... or a weekday 1-7. */
    TIME,
    /** Damage: a settlement with damage, in a paragraph that tells of an attack, was hit. */
    DAMAGE,
    /** Words that introduce a settlement: town, village. */
    SETTLEMENT,
    /** Words that make a place name a region's: region, oblast. */
    REGION,
    /** A figure revised: "rose to", "was revised to", "ist auf ... gestiegen", "зросла до"; the latest wins. */
    REVISION,
    /** No casualties of a category ({@code killed}, {@code injured}) or of any ({@code all}): "no injuries", "без жертв". */
    NO_CASUALTIES
  }

  private static final Map<Language, Map<Kind, List<Cue>>> CUES = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      CUES.put(l, new EnumMap<>(Kind.class));
    }
    // ---- German
    add(Language.DE, Kind.CASUALTY, "killed", "=erlag|=erlagen|=erlegen|getötet|=tötete|=töteten|=leiche|konnte nicht gerettet werden|konnten nicht gerettet werden|das leben gekostet|kostete das leben|tot|tote|todesopfer|ums leben|starb|starben|gestorben|=verstarb|=verstarben|=verstorben|umgekommen|=umkam|=umkamen|=tod|leichen|tödlich verletzt|tödlich verwundet|tödliche verletzungen");
    // taken to hospital is hurt: "Ein 60-jähriger Mann wurde ins Krankenhaus eingeliefert" (a person the
    // figures before did not count is one more; one they did is told again)
    add(Language.DE, Kind.CASUALTY, "injured", "=ins =krankenhaus =eingeliefert|=in =ein =krankenhaus =eingeliefert|=ins =krankenhaus =gebracht|"
        + "=in =ein =krankenhaus =gebracht|=in =eine =klinik =gebracht|=in =eine =klinik =eingeliefert|hospitalisiert");
    add(Language.DE, Kind.CASUALTY, "injured", "suchten medizinische hilfe|medizinische hilfe gesucht|verletz|verwund|splitterwunde|schusswunde|schnittwunde|=wunde|=wunden|zu schaden gekommen|schwerverletz|prellung");
    // helped on the spot is hurt, though no verb of wounding is said: "drei weitere wurden vor Ort versorgt" (a
    // person the figures before counted is told again, one they did not is one more)
    // helped by medics without a hospital is hurt: "zwei weitere Bewohner erhielten medizinische Hilfe", "ambulant behandelt"
    add(Language.DE, Kind.CASUALTY, "injured", "medizinische hilfe erhielt|medizinische hilfe erhalten|=erhielten =medizinische =hilfe|"
        + "=erhielt =medizinische =hilfe|ambulant behandelt");
    add(Language.DE, Kind.CASUALTY, "injured", "vor ort versorgt|vor ort behandelt|vor ort medizinisch versorgt|vor ort ambulant behandelt");
    add(Language.DE, Kind.CASUALTY, "minors", "minderjährig|=kinder|=kindern|=kindes|=kind|jugendlich|teenager|=schüler|=schülerin|=schülerinnen|=mädchen|=säugling|=baby|=kleinkind");
    add(Language.DE, Kind.CASUALTY, "people", "menschen|=mensch|erwachsene|=person|personen|zivilist|zivilperson|einwohner|=opfer|=opfern|bewohner|=männer|=frauen");
    add(Language.DE, Kind.CASUALTY, "people", RoleNouns.PLURAL_DE);
    add(Language.DE, Kind.SOLDIERS, "soldiers", "soldat|truppen|militärangehörig|kämpfer");
    add(Language.DE, Kind.DEPLOYED, "deployed", "entsandt|entsendet|geschickt|schickt|verlegt|stationiert");
    add(Language.DE, Kind.MEANS, "drone", "drohne|drohnen|kamikazedrohne|shahed|=uav");
    // before the missile's "rakete", which "Raketenwerfern" also starts with: of one length the first cue wins
    add(Language.DE, Kind.MEANS, "rocket-launcher", "raketenwerfer|mehrfachraketenwerfer|=grad|=himars|=mlrs");
    add(Language.DE, Kind.MEANS, "missile", "rakete|raketenangriff|raketenbeschuss|marschflugkörper|=iskander|=kinschal|ballistische|flugabwehrrakete");
    add(Language.DE, Kind.MEANS, "glide-bomb", "gleitbombe|lenkbombe|fliegerbombe|=kab|=kabs");
    // "hat ... Kupjansk beschossen": the verb of shelling, as "shelled" and "обстріляли"
    add(Language.DE, Kind.MEANS, "artillery", "artillerie|granat|mörser|=beschuss|=beschusses|=beschossen|=beschoss");
    add(Language.DE, Kind.ATTACK, "attack", "angriff|angriffe|attacke|angegriffen|griff");
    add(Language.DE, Kind.ATTACK, "combat", "beschuss|drohnenbeschuss|luftangriff|einschlag|explosion|bombardier|beschoss|=bombe|=bomben|=feuerten|=beschossen|detonation|=kämpfe|=kämpfen|=gefechte|=gefechten|umkämpft|gefeuert|=feuerte|=beschießen|=beschießt|=beschossene|artilleriefeuer|mörserfeuer|unter feuer|"
        // "Russland habe die Sprengsätze auf das Dorf Uspeniwka abgeworfen": bombs dropped on a place, as Ukrainian "скинули"
        + "=abgeworfen|=warf|=warfen");
    add(Language.DE, Kind.DAMAGE, "damage", "beschädigt|zerstört|=schäden|=schaden|"
        // a fire the attack set: "ein Wohnhaus brannte aus"
        + "brannte|ausgebrannt|niedergebrannt|=brand|=brände");
    add(Language.DE, Kind.TARGET, "energy", "raffinerie|öldepot|treibstofflager|tanklager|energie|kraftwerk|umspannwerk|stromnetz|stromversorg|wärmekraftwerk|heizkraftwerk|umspann");
    add(Language.DE, Kind.TARGET, "residential", "wohnhaus|wohnhäuser|wohngebäude|hochhaus|mehrfamilienhaus|wohnblock|wohnviertel|privathaus|wohnung");
    add(Language.DE, Kind.TARGET, "port-or-vessel", "hafen|häfen|schiff|frachter|tanker|hafenanlage");
    add(Language.DE, Kind.TARGET, "railway", "bahnhof|eisenbahn|bahnstrecke|=zug|güterzug|bahnanlage|gleis");
    add(Language.DE, Kind.TARGET, "hospital-or-school", "krankenhaus|klinik|schule|kindergarten|kita|universität");
    add(Language.DE, Kind.PARTY, "RU", "russisch|russland|=russen|kreml");
    add(Language.DE, Kind.PARTY, "UA", "ukrainisch|=ukraine|kiewer");
    add(Language.DE, Kind.HEDGE, "AT_LEAST", "mindestens|wenigstens|zumindest");
    add(Language.DE, Kind.HEDGE, "MAY_RISE", "könnte weiter steigen|könnte steigen|dürfte steigen|könnte sich erhöhen|steigen könnte|=vorläufig|vorläufigen");
    add(Language.DE, Kind.HEDGE, "ACCORDING_TO", "angaben|=laut|zufolge|teilte|sagte|berichtete|erklärte|zitierte|meldete");
    add(Language.DE, Kind.HEDGE, "APPEARS", "es scheint|scheint|offenbar|wohl|vermutlich|mutmaßlich");
    add(Language.DE, Kind.HEDGE, "UNCONFIRMED", "unbestätigt|angeblich|nicht bestätigt|nicht unabhängig überprüf|nicht überprüf");
    add(Language.DE, Kind.HEDGE, "CONFIRMED", "bestätigt|bestätigte");
    add(Language.DE, Kind.MORE, "more", "weitere|weiteren|zusätzlich");
    add(Language.DE, Kind.BOUND, "up-to", "bis zu|höchstens");
    add(Language.DE, Kind.BOUND, "about", "=rund|=etwa|=ungefähr|=circa|=ca|=knapp|=fast");
    add(Language.DE, Kind.BOUND, "over", "=über|=mehr =als");
    add(Language.DE, Kind.SOURCE, "regional military governor", "militärgouverneur|militärverwaltung|gebietsverwaltung|gouverneur|militärischen administration|militärische administration");
    add(Language.DE, Kind.SOURCE, "general staff", "generalstab|militärführung|generalstabs");
    add(Language.DE, Kind.SOURCE, "defence ministry", "verteidigungsministerium");
    add(Language.DE, Kind.SOURCE, "police", "=polizei");
    add(Language.DE, Kind.SOURCE, "mayor", "bürgermeister");
    add(Language.DE, Kind.SOURCE, "air force", "luftwaffe|luftstreitkräfte");
    add(Language.DE, Kind.SOURCE, "emergency service", "rettungsdienst|katastrophenschutz|zivilschutz");
    add(Language.DE, Kind.SOURCE, "prosecutor", "staatsanwaltschaft");
    add(Language.DE, Kind.COUNTRY, "South Korean", "südkoreanisch");
    add(Language.DE, Kind.COUNTRY, "North Korean", "nordkoreanisch");
    add(Language.DE, Kind.COUNTRY, "Ukrainian", "ukrainisch");
    add(Language.DE, Kind.COUNTRY, "Russian", "russisch");
    add(Language.DE, Kind.TIME, "today", "=heute");
    add(Language.DE, Kind.TIME, "yesterday", "=gestern");
    add(Language.DE, Kind.TIME, "before-yesterday", "=vorgestern");
    add(Language.DE, Kind.TIME, "night", "in der nacht|nachts|=nacht|=nächtlich");
    add(Language.DE, Kind.TIME, "morning", "=morgen|morgens|vormittag");
    add(Language.DE, Kind.TIME, "afternoon", "nachmittag");
    add(Language.DE, Kind.TIME, "evening", "=abend|abends");
    add(Language.DE, Kind.TIME, "1", "=montag|montagabend|montagmorgen|montagnacht");
    add(Language.DE, Kind.TIME, "2", "=dienstag|dienstagabend|dienstagmorgen|dienstagnacht");
    add(Language.DE, Kind.TIME, "3", "=mittwoch|mittwochabend|mittwochmorgen|mittwochnacht");
    add(Language.DE, Kind.TIME, "4", "=donnerstag|donnerstagabend|donnerstagmorgen|donnerstagnacht");
    add(Language.DE, Kind.TIME, "5", "=freitag|freitagabend|freitagmorgen|freitagnacht");
    add(Language.DE, Kind.TIME, "6", "=samstag|samstagabend|samstagmorgen|samstagnacht|=sonnabend");
    add(Language.DE, Kind.TIME, "7", "=sonntag|sonntagabend|sonntagmorgen|sonntagnacht");
    add(Language.DE, Kind.SETTLEMENT, "settlement", "=stadt|ortschaft|=dorf|=ort|gemeinde|kleinstadt|siedlung|=bei|=nahe|=in|=im|=um|=aus|"
        // "die Orte Kirowsk, Schelobok und Donezkij unter Beschuss genommen": the plural nouns before a list
        + "=orte|=dörfer|=städte");
    add(Language.DE, Kind.NO_CASUALTIES, "all", "=keine =opfer|=niemand =kam =zu =schaden|=keine =verletzten =oder =toten|"
        + "=keine =toten =oder =verletzten|=keine =personen =verletzt|=ohne =opfer");
    add(Language.DE, Kind.NO_CASUALTIES, "injured", "=keine =verletzten|=niemand =wurde =verletzt|=niemand =verletzt");
    add(Language.DE, Kind.NO_CASUALTIES, "killed", "=keine =toten|=niemand =wurde =getötet|=keine =todesopfer");
    // every case: "des Gebiets Donezk", "des Gebietes", "in den Regionen", "der Oblast"
    add(Language.DE, Kind.REGION, "region", "=region|=gebiet|=oblast|=bezirk|=provinz|=gebiets|=gebietes|=gebiete|=gebieten|=regionen|"
        + "=bezirks|=bezirkes|=bezirke|=bezirken|=provinzen|=oblaste|=oblasts");
    // ---- English
    add(Language.EN, Kind.CASUALTY, "killed", "succumbed|killed|=killing|claimed the life|claimed the lives|took the life|took the lives|could not be saved|the body of|=dead|=deceased|died|=death|deaths|fatalit|lost their lives|=perished|=perish|=kill|bodies|fatal injuries|fatally injured|fatally wounded|injuries incompatible with life");
    // taken to hospital is hurt: "a 62-year-old man was hospitalized"
    add(Language.EN, Kind.CASUALTY, "injured", "hospitalized|hospitalised|=taken =to =hospital|=taken =to =the =hospital|"
        + "=admitted =to =hospital|=admitted =to =the =hospital");
    // helped on the spot is hurt: "three more people received help on the spot"
    add(Language.EN, Kind.CASUALTY, "injured", "received help on the spot|received assistance on the spot|received medical assistance on the spot|"
        + "received medical care on the spot|received medical help on the spot|treated on the spot|helped on the spot");
    add(Language.EN, Kind.CASUALTY, "injured", "sought medical help|sought medical assistance|sought medical attention|sought medical care|injur|wounded|=wounding|=wounds|=wound|=hurt|=casualties");
    add(Language.EN, Kind.CASUALTY, "minors", "child|=minor|=minors|teenager|=teen|=teens|=boy|=girl|=boys|=girls|schoolchild|schoolboy|schoolgirl|=pupils|=baby|=babies|=infant|=infants|=toddler|=newborn");
    add(Language.EN, Kind.CASUALTY, "people", "=people|=adults|=persons|civilian|resident");
    add(Language.EN, Kind.CASUALTY, "people", RoleNouns.PLURAL_EN);
    add(Language.EN, Kind.SOLDIERS, "soldiers", "soldier|troops|servicem|fighters");
    add(Language.EN, Kind.DEPLOYED, "deployed", "deployed|=sent|dispatched|deploying|sending");
    add(Language.EN, Kind.MEANS, "drone", "drone|=uav|=uavs|shahed|loitering munition");
    add(Language.EN, Kind.MEANS, "missile", "missile|=iskander|=kinzhal|=kalibr|cruise missile|ballistic");
    add(Language.EN, Kind.MEANS, "glide-bomb", "glide bomb|guided bomb|guided aerial bomb|=kab|=kabs|aerial bomb");
    add(Language.EN, Kind.MEANS, "artillery", "artillery|shelling|=shell|=shells|mortar|=shelled");
    add(Language.EN, Kind.MEANS, "rocket-launcher", "rocket launcher|multiple rocket|=mlrs|=grad|=himars|=rocket|=rockets");
    add(Language.EN, Kind.ATTACK, "attack", "attack|strike|assault|=raid");
    add(Language.EN, Kind.ATTACK, "combat", "=struck|shelling|=shelled|bombard|explosion|=hit|=hits|barrage|=bombed|=bombing|airstrike|air strike|"
        + "=fired|=firing|=shot|=shooting|exchanged fire|exchange of fire|exchanges of fire|opened fire|=shot down|=detonation|=detonations|"
        + "=blast|=blasts|=targeted|=clashes|=clashed|armed clash|small-arms fire|small arms fire|=gunfire|under fire|came under|come under|comes under|coming under|artillery fire|mortar fire|tank fire|sniper fire");
    add(Language.EN, Kind.DAMAGE, "damage", "=damage|=damaged|=destroyed|=craters|=crater|=impact");
    add(Language.EN, Kind.TARGET, "energy", "refinery|oil refinery|oil depot|fuel depot|energy|power plant|power station|substation|power grid|power line|thermal power|electricity|=power|=heating");
    add(Language.EN, Kind.TARGET, "residential", "residential|apartment|=house|=houses|=home|=homes|high-rise|dwelling|private house");
    add(Language.EN, Kind.TARGET, "port-or-vessel", "=port|=ports|vessel|=ship|=ships|cargo|tanker|harbour|harbor");
    add(Language.EN, Kind.TARGET, "railway", "railway|railroad|=rail|=train|=trains|train station|railway station|locomotive");
    add(Language.EN, Kind.TARGET, "hospital-or-school", "hospital|clinic|=school|=schools|kindergarten|university|medical facility");
    add(Language.EN, Kind.PARTY, "RU", "=russian|=russia|=russia's|=russians|kremlin|moscow's");
    add(Language.EN, Kind.PARTY, "UA", "=ukrainian|=ukraine|=ukraine's|kyiv's");
    add(Language.EN, Kind.HEDGE, "AT_LEAST", "at least|no fewer than|=minimum");
    add(Language.EN, Kind.HEDGE, "MAY_RISE", "could rise|may rise|might rise|likely to rise|expected to rise|=preliminary|could increase|may increase");
    add(Language.EN, Kind.HEDGE, "ACCORDING_TO", "according to|=said|=says|reported|=wrote|=stated|=cited|citing|announced");
    add(Language.EN, Kind.HEDGE, "APPEARS", "it appears|it seems|=appears|=seems|apparently|=likely|probably|presumably");
    add(Language.EN, Kind.HEDGE, "UNCONFIRMED", "unconfirmed|reportedly|allegedly|=alleged|not independently verif|could not be verif|not been verif");
    add(Language.EN, Kind.HEDGE, "CONFIRMED", "=confirmed|=confirms");
    add(Language.EN, Kind.MORE, "more", "=more|=another|=further|additional|=other");
    add(Language.EN, Kind.BOUND, "up-to", "=up =to|as many as|no more than");
    add(Language.EN, Kind.BOUND, "about", "=about|=around|=nearly|=almost|=roughly|=some|approximately|=approx");
    add(Language.EN, Kind.BOUND, "over", "=more =than|=over|in excess of");
    add(Language.EN, Kind.SOURCE, "regional military governor", "=governor|regional military administration|military administration|regional administration|=oblast =administration");
    add(Language.EN, Kind.SOURCE, "general staff", "general staff|joint chiefs");
    add(Language.EN, Kind.SOURCE, "defence ministry", "defence ministry|defense ministry|ministry of defence|ministry of defense");
    add(Language.EN, Kind.SOURCE, "police", "=police");
    add(Language.EN, Kind.SOURCE, "mayor", "=mayor");
    add(Language.EN, Kind.SOURCE, "air force", "air force");
    add(Language.EN, Kind.SOURCE, "emergency service", "emergency service|state emergency|rescue service|rescuers");
    add(Language.EN, Kind.SOURCE, "prosecutor", "prosecutor");
    add(Language.EN, Kind.COUNTRY, "South Korean", "south korean|south korea's");
    add(Language.EN, Kind.COUNTRY, "North Korean", "north korean");
    add(Language.EN, Kind.COUNTRY, "Ukrainian", "=ukrainian|=ukraine's");
    add(Language.EN, Kind.COUNTRY, "Russian", "=russian|=russia's");
    add(Language.EN, Kind.TIME, "today", "=today|this morning|this evening|=tonight");
    add(Language.EN, Kind.TIME, "yesterday", "=yesterday");
    add(Language.EN, Kind.TIME, "night", "overnight|=night|last night");
    add(Language.EN, Kind.TIME, "morning", "=morning");
    add(Language.EN, Kind.TIME, "afternoon", "=afternoon");
    add(Language.EN, Kind.TIME, "evening", "=evening");
    add(Language.EN, Kind.TIME, "1", "=monday");
    add(Language.EN, Kind.TIME, "2", "=tuesday");
    add(Language.EN, Kind.TIME, "3", "=wednesday");
    add(Language.EN, Kind.TIME, "4", "=thursday");
    add(Language.EN, Kind.TIME, "5", "=friday");
    add(Language.EN, Kind.TIME, "6", "=saturday");
    add(Language.EN, Kind.TIME, "7", "=sunday");
    add(Language.EN, Kind.SETTLEMENT, "settlement", "=town|=city|=village|=settlement|=in|=near|=outside|=at|=of|=from|=controlled|"
        // "shelled the villages of Zhelobok and Donetskyi": the plural nouns before a list
        + "=towns|=villages|=settlements");
    add(Language.EN, Kind.NO_CASUALTIES, "all", "=no =casualties|=no =injuries =or =fatalities|=no =fatalities =or =injuries|"
        + "=no =deaths =or =injuries|=no =one =was =hurt|=nobody =was =hurt|=no =one =was =harmed|=without =casualties|"
        + "=no =victims|=no =one =was =killed =or =injured|=no =reported =casualties|=no =casualties =were =reported|"
        + "=no =civilian =casualties|=no =casualties =among =civilians|=no =casualties =among =the =civilian =population");
    add(Language.EN, Kind.NO_CASUALTIES, "injured", "=no =injuries|=no =one =was =injured|=nobody =was =injured|=no =injured");
    add(Language.EN, Kind.NO_CASUALTIES, "killed", "=no =fatalities|=no =one =was =killed|=nobody =was =killed|=no =deaths|=no =dead");
    add(Language.EN, Kind.REGION, "region", "=region|=oblast|=province|=regions|=oblasts|=provinces|=region's|=oblast's|=province's|"
        + "=region’s|=oblast’s");
    // ---- Ukrainian
    add(Language.UK, Kind.CASUALTY, "killed", "загин|загибл|вбит|вбив|вбил|згорів живцем|згоріла живцем|згоріли живцем|живцем згор|обірвав життя|обірвала життя|обірвало життя|забрав життя|забрала життя|не вдалося врятувати|не вдалось врятувати|убит|смерт|=мертв|тіла|=тіло|=померл|=помер|=померла|=померли|травми , несумісні з життям|травми несумісні з життям|поранення , несумісні з життям|дістав поранення , несумісні з життям|дістала поранення , несумісні з життям|дістали поранення , несумісні з життям|отримав поранення , несумісні з життям|отримала поранення , несумісні з життям|отримали поранення , несумісні з життям|смертельн поранен");
    // taken to hospital is hurt: "21-річного хлопця госпіталізували", "його ушпиталили" (not "без госпіталізації")
    // being treated now: "4 людини отримують медичну допомогу"
    add(Language.UK, Kind.CASUALTY, "injured", "=отримують =медичну =допомогу|=отримує =медичну =допомогу");
    add(Language.UK, Kind.CASUALTY, "injured", "госпіталізован|госпіталізува|ушпитал|=доставили =до =лікарні|=доставлено =до =лікарні");
    // helped on the spot is hurt: "Ще троє людей отримали допомогу на місці", "йому надали допомогу на місці"
    add(Language.UK, Kind.CASUALTY, "injured", "отрима допомогу на місці|отрима медичну допомогу на місці|надали допомогу на місці|"
        + "надали медичну допомогу на місці|допомогу надали на місці|на місці надали допомогу|на місці надали медичну допомогу|"
        + "надано допомогу на місці|допомогу надано на місці|на місці надано допомогу");
    add(Language.UK, Kind.CASUALTY, "injured", "звернулися по медичну допомогу|звернулись по медичну допомогу|звернулися по допомогу до медиків|звернулися до медиків|поранен|поранил|постражд|травм|контузі|контуж|дістали поранення|отримали поранення|отримав поранення|отримала поранення|зазнали поранень|зазнав поранень|"
        // the whole paradigm of the verbs of wounding: active "поранив", every person of "зазнати",
        // "дістати", "отримати" with "поранень"/"поранення"
        + "поранив|зазнала поранень|зазнало поранень|дістав поранення|дістала поранення|дістали поранень|дістав поранень|"
        + "дістала поранень|отримало поранення|отримали поранень|отримав поранень|отримала поранень|"
        // a light injury, bodily harm: "мешканка, яка отримала легке ушкодження", "тілесні ушкодження", "незначні ушкодження"
        + "легке ушкодження|легкі ушкодження|легких ушкоджень|тілесні ушкодження|тілесних ушкоджень|"
        + "незначні ушкодження|незначне ушкодження|незначних ушкоджень");
    // an acute stress reaction is hurt, as the labels count it: "п'ять людей зазнали гострої реакції на стрес",
    // "гострого стресу зазнала 70-річна жінка" (the Russian and English cues wait for the assembly: a total
    // told in one paragraph and broken down into wounded and stressed in the next is then counted twice,
    // ru-037, en-b12)
    add(Language.UK, Kind.CASUALTY, "injured", "гостр реакці на стрес|гостр стрес");
    // who turned to medics is hurt, whatever the preposition: "90 людей звернулися про допомогу до медичних закладів",
    // "звернувся за медичною допомогою"
    add(Language.UK, Kind.CASUALTY, "injured", "зверну про допомогу до медичн|зверну по допомогу до медичн|зверну за медичною допомогою|"
        + "зверну по медичну допомогу|зверну про медичну допомогу|зверну до медичних заклад|зверну до лікарні|зверну до лікарень");
    // boys and girls in every case: "поранено хлопчика", "дівчинку госпіталізували"
    add(Language.UK, Kind.CASUALTY, "minors", "дит|діт|неповнолітн|підліт|=хлопчик|=дівчинка|=хлопець|школяр|школярк|учн|учениц|"
        + "=хлопчика|=хлопчику|=хлопчиком|=хлопчики|=хлопчиків|=дівчинку|=дівчинки|=дівчинці|=дівчинкою|=дівчатка|=дівчаток");
    add(Language.UK, Kind.CASUALTY, "people", "люд|дорослих|дорослі|осіб|особи|цивільн|мешкан|жител");
    add(Language.UK, Kind.CASUALTY, "people", RoleNouns.PLURAL_UK);
    add(Language.UK, Kind.SOLDIERS, "soldiers", "військовослужбовц|=військових|солдат|бійц|вояк");
    add(Language.UK, Kind.DEPLOYED, "deployed", "відправил|направил|перекинул|надіслал|розгорнул");
    add(Language.UK, Kind.MEANS, "drone", "дрон|бпла|безпілотн|шахед|=ударних =бпла");
    add(Language.UK, Kind.MEANS, "missile", "ракет|іскандер|кинджал|калібр|балістичн");
    add(Language.UK, Kind.MEANS, "glide-bomb", "=каб|=кабів|=кабом|=каба|=кабу|керован авіабомб|авіабомб|=кабами");
    add(Language.UK, Kind.MEANS, "artillery", "артилер|обстріл|артобстріл|=міномет|мінометн|снаряд");
    add(Language.UK, Kind.MEANS, "rocket-launcher", "=рсзв|=град|=градів|реактивн|=himars|=хаймарс");
    add(Language.UK, Kind.ATTACK, "attack", "атак|удар|атакувал|атакував");
    add(Language.UK, Kind.ATTACK, "combat", "обстріл|артобстріл|вибух|=влучання|влучил|обстріляв|обстріляли|вдарил|бомбардув|авіаудар|скинули|скинув|"
        // the press's verbs of fire and of the shell that arrived: "гатив по Нікополю", "поцілив", "прильоти"
        + "гатив|гатил|гатять|вгатив|вгатил|=бив =по|=били =по|=била =по|поцілив|поцілил|прильот|приліт|прилетіл|накрив|накрил|"
        // a place "under fire", as in English: "Під вогнем була і Ольгівка"
        + "=під =вогнем|"
        // "Під ворожим вогнем опинилися Білозерка, Антонівка": the enemy's fire
        + "=під =ворожим =вогнем|"
        // "Під вогонь потрапили населені пункти Хрінівка та Сеньківка": came under fire
        + "=під =вогонь|"
        // "стріляли по Рубіжному, Попасній": fired at, the places after "по" its targets
        + "=стріляв =по|=стріляли =по|=стріляла =по");
    add(Language.UK, Kind.DAMAGE, "damage", "пошкоджен|зруйнован|пошкодж|руйнуван|"
        // a fire the attack set: "горіли господарські будівлі", "згорів будинок", "виникла пожежа"
        + "згорів|згоріла|згоріло|згоріли|=горів|=горіла|=горіло|=горіли|пожеж|займанн");
    add(Language.UK, Kind.TARGET, "energy", "енергет|електростанц|підстанц|=тец|=тес|=гес|електромереж|енергооб|лінія електропередач");
    add(Language.UK, Kind.TARGET, "residential", "житлов|багатоповерх|будин|приватн будин|квартир|багатоквартирн");
    add(Language.UK, Kind.TARGET, "port-or-vessel", "=порт|=порту|портов|судн|корабл|танкер");
    add(Language.UK, Kind.TARGET, "railway", "залізни|потяг|=поїзд|вокзал|укрзалізниц|=колії");
    add(Language.UK, Kind.TARGET, "hospital-or-school", "лікарн|шпитал|школ|дитяч садок|=садок|=садочок|медзаклад|університет|ліцей");
    add(Language.UK, Kind.PARTY, "RU", "росій|росіян|=росія|=рф|=ворог|ворож|окупант|рашист|=росії|=росією");
    add(Language.UK, Kind.PARTY, "UA", "українськ|=україна|=зсу");
    add(Language.UK, Kind.HEDGE, "AT_LEAST", "щонайменше|щонайменш|принаймні|не менше|=мінімум");
    add(Language.UK, Kind.HEDGE, "MAY_RISE", "може зрости|можуть зрости|може збільшитися|уточнюєт|=попередньо|попередні|попередніми");
    add(Language.UK, Kind.HEDGE, "ACCORDING_TO", "=за =даними|=за =словами|=повідомив|=повідомила|=повідомили|повідомляє|=заявив|=заявила|=написав|=написала|=за =інформацією");
    add(Language.UK, Kind.HEDGE, "APPEARS", "=схоже|=ймовірно|=імовірно|=вочевидь|=напевно");
    add(Language.UK, Kind.HEDGE, "UNCONFIRMED", "=нібито|=начебто|не підтвердж|неперевірен|непідтвердж");
    add(Language.UK, Kind.HEDGE, "CONFIRMED", "підтвердил|підтвердив|підтверджен");
    add(Language.UK, Kind.MORE, "more", "=ще|=іще|=інші|=інших|=додатково");
    add(Language.UK, Kind.BOUND, "up-to", "=до|=не =більше");
    add(Language.UK, Kind.BOUND, "about", "=близько|=майже|=приблизно");
    add(Language.UK, Kind.BOUND, "over", "=понад|=більше =ніж|=більш =ніж");
    add(Language.UK, Kind.SOURCE, "regional military governor", "=ова|=нач =ова|обласної військової адміністрації|військової адміністрації|=голова =ова|губернатор|=начальник обласної");
    add(Language.UK, Kind.SOURCE, "general staff", "генштаб|генеральн штаб");
    add(Language.UK, Kind.SOURCE, "defence ministry", "міноборони|міністерство оборони");
    add(Language.UK, Kind.SOURCE, "police", "поліці|=нацполіція");
    add(Language.UK, Kind.SOURCE, "mayor", "=мер|міський голова|міського голови");
    add(Language.UK, Kind.SOURCE, "air force", "повітряні сили|повітряних сил");
    add(Language.UK, Kind.SOURCE, "emergency service", "=дснс|рятувальник");
    add(Language.UK, Kind.SOURCE, "prosecutor", "прокуратур|прокурор");
    add(Language.UK, Kind.COUNTRY, "South Korean", "південнокорейськ");
    add(Language.UK, Kind.COUNTRY, "North Korean", "північнокорейськ");
    add(Language.UK, Kind.COUNTRY, "Ukrainian", "українськ");
    add(Language.UK, Kind.COUNTRY, "Russian", "російськ");
    add(Language.UK, Kind.TIME, "today", "=сьогодні|=сьогодн");
    add(Language.UK, Kind.TIME, "yesterday", "=вчора|=учора");
    add(Language.UK, Kind.TIME, "before-yesterday", "позавчора");
    add(Language.UK, Kind.TIME, "night", "=вночі|=уночі|=ніч|=ночі|нічн|=минулої =ночі");
    add(Language.UK, Kind.TIME, "morning", "=вранці|=зранку|=уранці|=ранку|=ранок");
    add(Language.UK, Kind.TIME, "afternoon", "=вдень|=удень|=обід|=пообідні");
    add(Language.UK, Kind.TIME, "evening", "=ввечері|=увечері|=вечора|=вечір");
    // weekdays as whole words in their case forms, not stems: "четвер" is the start of "четверо" (four
    // people) and "четвертий" (fourth); "у четвер", "четверга", "у ніч на четвер", "до вівторка"
    add(Language.UK, Kind.TIME, "1", "=понеділок|=понеділка|=понеділку|=понеділком");
    add(Language.UK, Kind.TIME, "2", "=вівторок|=вівторка|=вівторку|=вівторком");
    add(Language.UK, Kind.TIME, "3", "=середу|=середа|=середи");
    add(Language.UK, Kind.TIME, "4", "=четвер|=четверга|=четвергу|=четвергом");
    add(Language.UK, Kind.TIME, "5", "=п'ятниця|=п'ятниці|=п'ятницю|=п'ятницею|=п’ятниця|=п’ятниці|=п’ятницю|=п’ятницею|"
        + "=пʼятниця|=пʼятниці|=пʼятницю|=пʼятницею");
    add(Language.UK, Kind.TIME, "6", "=субота|=суботи|=суботу|=суботою|=суботі");
    add(Language.UK, Kind.TIME, "7", "=неділя|=неділі|=неділю|=неділею");
    add(Language.UK, Kind.SETTLEMENT, "settlement", "=місто|=місті|=села|=село|=селі|селищ|=пункт|=пункті|"
        // "в напрямку населених пунктів Михальчина Слобода та Гай", "населеного пункту Блешня": every case of пункт
        + "=пункту|=пункти|=пунктів|=пунктах|=пунктам|=смт|громад|=у|=в|=біля|=поблизу|=під|=на|=по|=мешканців|=мешканцям|=жителів|=жителям");
    add(Language.UK, Kind.NO_CASUALTIES, "all", "=без =постраждалих|=без =жертв|=обійшлося =без|=обійшлось =без|"
        + "=ніхто =не =постраждав|=ніхто =не =загинув =і =не =постраждав|=людських =жертв =немає|=жертв =немає|"
        + "=постраждалих =серед =мешканців =немає|=постраждалих =серед =цивільних =немає|=постраждалих =серед =населення =немає|"
        + "=постраждалих =серед =мирних =жителів =немає|=жертв =серед =цивільних =немає|=жертв =серед =населення =немає|"
        // nobody hurt, said of the people or of the victims, with "немає", "нема" or "не було"
        + "=постраждалих =немає|=постраждалих =нема|=постраждалих =не =було|=жертв =нема|=жертв =не =було|"
        + "=загиблих =і =постраждалих =немає|=загиблих =та =постраждалих =немає|=загиблих =і =поранених =немає|"
        + "=загиблих =та =поранених =немає|=жертв =і =постраждалих =немає|=жертв =та =постраждалих =немає|"
        + "=люди =не =постраждали|=люди =цілі|=люди =вціліли|=без =руйнувань =і =постраждалих|=без =руйнувань =та =постраждалих|"
        // the victims, as the police and the administrations call them: "Попередньо без потерпілих"
        + "=без =потерпілих|=потерпілих =немає|=потерпілих =нема|=потерпілих =не =було");
    add(Language.UK, Kind.NO_CASUALTIES, "injured", "=без =поранених|=поранених =немає|=поранених =нема|=поранених =не =було|"
        + "=ніхто =не =поранений|=ніхто =не =був =поранений|=ніхто =не =зазнав =поранень|=ніхто =не =отримав =поранень");
    add(Language.UK, Kind.NO_CASUALTIES, "killed", "=ніхто =не =загинув|=без =загиблих|=загиблих =немає|=загиблих =нема|=загиблих =не =було|"
        + "=вдалося =уникнути =загибелі|=вдалося =уникнути =жертв|=вдалось =уникнути =загибелі|=вдалось =уникнути =жертв");
    add(Language.UK, Kind.REGION, "region", "област|=обл|регіон");
    // ---- Russian
    add(Language.RU, Kind.CASUALTY, "killed", "погиб|убит|убил|=убив|заживо сгорел|сгорел заживо|оборвал жизнь|оборвала жизнь|унес жизнь|унёс жизнь|забрал жизнь|не удалось спасти|гибел|смерт|=мертв|=тела|=тело|=умер|=умерший|=умершая|=умершего|=умершей|=умершие|=умерших|скончал|травмы , несовместимые с жизнью|травмы несовместимые с жизнью|ранения , несовместимые с жизнью|ранения несовместимые с жизнью|получил травмы , несовместимые с жизнью|получила травмы , несовместимые с жизнью|получили травмы , несовместимые с жизнью|получил ранения , несовместимые с жизнью|получила ранения , несовместимые с жизнью|получили ранения , несовместимые с жизнью|смертельн ранен");
    // taken to hospital is hurt: "Мужчину 60 лет доставили в больницу", "госпитализирована" (not "от госпитализации")
    // being treated now: "четыре человека получают медицинскую помощь"
    add(Language.RU, Kind.CASUALTY, "injured", "=получают =медицинскую =помощь|=получает =медицинскую =помощь");
    add(Language.RU, Kind.CASUALTY, "injured", "госпитализирован|госпитализирова|=доставили =в =больницу|=доставлен =в =больницу|"
        + "=доставлена =в =больницу|=доставлены =в =больницу");
    // helped on the spot is hurt: "одному мужчине оказали помощь на месте", "получили помощь на месте"
    add(Language.RU, Kind.CASUALTY, "injured", "оказа помощь на месте|оказа медицинскую помощь на месте|на месте оказа помощь|"
        + "на месте оказа медицинскую помощь|помощь оказа на месте|получи помощь на месте|получи медицинскую помощь на месте");
    // bodily harm, as the Ukrainian "тілесні ушкодження": "Телесные повреждения получила 61-летняя женщина"
    add(Language.RU, Kind.CASUALTY, "injured", "телесные повреждения|телесных повреждений");
    // who turned to medics is hurt: "обратился за медицинской помощью", "обратились в больницу"
    add(Language.RU, Kind.CASUALTY, "injured", "обрати за медицинской помощью|обрати за медпомощью|обрати к медикам|обрати в больниц|"
        + "обрати в медицинские учреждения|обрати в медучреждения");
    add(Language.RU, Kind.CASUALTY, "injured", "обратились за медицинской помощью|обратились за медпомощью|обратились к медикам|ранен|=ранил|=ранила|=ранило|=ранили|=ранив|пострадав|пострадал|травм|контузи|контужен|получили ранения|получил ранения|получила ранения|получили травмы|получил травмы|получила травмы");
    // boys and girls in every case: "о двухлетнем мальчике", "пострадавшей девочки"
    add(Language.RU, Kind.CASUALTY, "minors", "дет|ребен|ребён|несовершеннолетн|подрост|=мальчик|=девочка|школьник|школьниц|учащ|"
        + "=мальчика|=мальчику|=мальчиком|=мальчике|=мальчики|=мальчиков|=девочки|=девочку|=девочкой|=девочке|=девочек");
    add(Language.RU, Kind.CASUALTY, "people", "=человек|=человека|взрослых|взрослые|=люд|=людей|мирн|жител|граждан");
    add(Language.RU, Kind.CASUALTY, "people", RoleNouns.PLURAL_RU);
    add(Language.RU, Kind.SOLDIERS, "soldiers", "военнослужащ|=военных|солдат|бойц|военн");
    add(Language.RU, Kind.DEPLOYED, "deployed", "отправил|направил|перебросил|развернул|прислал");
    add(Language.RU, Kind.MEANS, "drone", "дрон|=бпла|беспилот|шахед|герань");
    add(Language.RU, Kind.MEANS, "missile", "ракет|искандер|кинжал|калибр|баллистич");
    add(Language.RU, Kind.MEANS, "glide-bomb", "=каб|=кабов|=кабом|=каба|=кабу|управляем авиабомб|авиабомб|=кабами");
    add(Language.RU, Kind.MEANS, "artillery", "артиллер|обстрел|артобстрел|миномет|миномёт|снаряд");
    add(Language.RU, Kind.MEANS, "rocket-launcher", "=рсзо|=град|=градов|реактивн|=himars|=хаймарс");
    add(Language.RU, Kind.ATTACK, "attack", "атак|удар|атаковал");
    add(Language.RU, Kind.ATTACK, "combat", "обстрел|артобстрел|взрыв|попадани|обстрелял|ударил|бомбардир|авиаудар|сбросил|"
        // the press's verbs of fire and of the shell that arrived: "били по Никополю", "прилет по Херсону"
        + "гатил|вгатил|=бил =по|=били =по|=била =по|прилет|прилёт|накрыл|"
        // a place "under fire", as in English: "Под огнем была и Ольговка"
        + "=под =огнем|=под =огнём|"
        // "под вражеским огнем оказались Белозерка, Антоновка": the enemy's fire
        + "=под =вражеским =огнем|=под =вражеским =огнём|"
        // "Под огонь попали населенные пункты": came under fire
        + "=под =огонь|"
        // "Попал по самому Никополю", as Ukrainian "поцілив"; not "попал в больницу"
        + "=попал =по|=попали =по|=попала =по|"
        // "стреляли по Рубежному, Попасной": fired at, the places after "по" its targets
        + "=стрелял =по|=стреляли =по|=стреляла =по");
    add(Language.RU, Kind.DAMAGE, "damage", "поврежден|разрушен|повреждени|разрушени|"
        // a fire the attack set: "в Каховке сгорел объект", "горела хозяйственная постройка", "возник пожар"
        + "сгорел|=горел|=горела|=горело|=горели|пожар|возгоран");
    add(Language.RU, Kind.TARGET, "energy", "=нпз|нефтеперераб|нефтебаз|энергет|электростанц|подстанц|=тэц|=тэс|=гэс|электросет|энергообъект|линия электропередач");
    add(Language.RU, Kind.TARGET, "residential", "жил|многоэтаж|=дом|=дома|=домов|частн дом|квартир|многоквартирн");
    add(Language.RU, Kind.TARGET, "port-or-vessel", "=порт|=порту|портов|судн|=судно|корабл|танкер");
    add(Language.RU, Kind.TARGET, "railway", "железнодорож|=поезд|вокзал|=ржд|=пути");
    add(Language.RU, Kind.TARGET, "hospital-or-school", "больниц|госпитал|школ|детск сад|=садик|медучрежд|университет|лицей");
    add(Language.RU, Kind.PARTY, "RU", "российск|=россия|=рф|=россии|=россией|=армия =рф");
    add(Language.RU, Kind.PARTY, "UA", "украинск|=всу|=украина|=вфу|=противник|противника");
    add(Language.RU, Kind.HEDGE, "AT_LEAST", "по меньшей мере|=как =минимум|не менее|=минимум");
    add(Language.RU, Kind.HEDGE, "MAY_RISE", "может вырасти|могут вырасти|может увеличиться|уточняет|=предварительно|предварительн");
    add(Language.RU, Kind.HEDGE, "ACCORDING_TO", "=по =данным|=по =словам|=сообщил|=сообщила|=сообщили|сообщает|=заявил|=заявила|=написал|=написала|=по =информации");
    add(Language.RU, Kind.HEDGE, "APPEARS", "=похоже|=вероятно|=по-видимому|=видимо|=предположительно");
    add(Language.RU, Kind.HEDGE, "UNCONFIRMED", "=якобы|не подтвержд|неподтвержд|непроверен");
    add(Language.RU, Kind.HEDGE, "CONFIRMED", "подтвердил|подтвержден|подтверждён");
    add(Language.RU, Kind.MORE, "more", "=еще|=ещё|=другие|=других|=дополнительно");
    add(Language.RU, Kind.BOUND, "up-to", "=до|=не =более");
    add(Language.RU, Kind.BOUND, "about", "=около|=почти|=примерно");
    add(Language.RU, Kind.BOUND, "over", "=более|=свыше|=больше");
    add(Language.RU, Kind.SOURCE, "regional military governor", "губернатор|=глава =области|=глава|военной администрации|=ова|областной администрации");
    add(Language.RU, Kind.SOURCE, "general staff", "генштаб|генеральн штаб");
    add(Language.RU, Kind.SOURCE, "defence ministry", "минобороны|министерство обороны|министерства обороны");
    add(Language.RU, Kind.SOURCE, "police", "полици");
    add(Language.RU, Kind.SOURCE, "mayor", "=мэр|=мэра|глава города");
    add(Language.RU, Kind.SOURCE, "air force", "воздушные силы|воздушных сил|=ввс");
    add(Language.RU, Kind.SOURCE, "emergency service", "=мчс|=гсчс|спасател");
    add(Language.RU, Kind.SOURCE, "prosecutor", "прокуратур|прокурор");
    add(Language.RU, Kind.COUNTRY, "South Korean", "южнокорейск");
    add(Language.RU, Kind.COUNTRY, "North Korean", "северокорейск");
    add(Language.RU, Kind.COUNTRY, "Ukrainian", "украинск");
    add(Language.RU, Kind.COUNTRY, "Russian", "российск");
    add(Language.RU, Kind.TIME, "today", "=сегодня");
    add(Language.RU, Kind.TIME, "yesterday", "=вчера");
    add(Language.RU, Kind.TIME, "before-yesterday", "позавчера");
    add(Language.RU, Kind.TIME, "night", "=ночью|=ночь|ночн|=прошлой =ночью");
    add(Language.RU, Kind.TIME, "morning", "=утром|=утра|=утро");
    add(Language.RU, Kind.TIME, "afternoon", "=днем|=днём");
    add(Language.RU, Kind.TIME, "evening", "=вечером|=вечера|=вечер");
    // weekdays as whole words in their case forms, not stems ("воскресен" began "Воскресенск", a town)
    add(Language.RU, Kind.TIME, "1", "=понедельник|=понедельника|=понедельнику|=понедельником|=понедельнике");
    add(Language.RU, Kind.TIME, "2", "=вторник|=вторника|=вторнику|=вторником|=вторнике");
    add(Language.RU, Kind.TIME, "3", "=среду|=среда");
    add(Language.RU, Kind.TIME, "4", "=четверг|=четверга|=четвергу|=четвергом|=четверге");
    add(Language.RU, Kind.TIME, "5", "=пятница|=пятницы|=пятницу|=пятнице|=пятницей");
    add(Language.RU, Kind.TIME, "6", "=суббота|=субботы|=субботу|=субботе|=субботой");
    add(Language.RU, Kind.TIME, "7", "=воскресенье|=воскресенья|=воскресенью|=воскресеньем");
    add(Language.RU, Kind.SETTLEMENT, "settlement", "=город|=городе|=село|=селе|=поселок|=поселке|=посёлок|=посёлке|деревн|"
        // "в населенном пункте Кременная"; not the genitive, which follows titles ("мэр города Максим Пухов")
        // and the fire's origin ("огонь велся из населенного пункта Дылеевка")
        + "=пункт|=пункте|=в|=во|=у|=под|=возле|=около|=на|=по|=жителей|=жителям|=жителя|"
        // "пгт Двуречная" without the abbreviation's full stop, as Ukrainian writes "смт"
        + "=пгт");
    add(Language.RU, Kind.NO_CASUALTIES, "all", "=без =пострадавших|=без =жертв|=обошлось =без|=обошлось =без|"
        + "=никто =не =пострадал|=пострадавших =нет|=жертв =нет|=без =потерпевших|=потерпевших =нет|=потерпевших =не =было|"
        // "пострадавших среди жителей нет": the people it speaks of between the word and "нет"
        + "=пострадавших =среди =жителей =нет|=пострадавших =среди =местных =жителей =нет|=пострадавших =среди =мирных =жителей =нет|"
        + "=пострадавших =среди =мирного =населения =нет|=жертв =среди =мирного =населения =нет|=жертв =среди =мирных =жителей =нет|"
        + "=пострадавших =среди =населения =нет|=пострадавших =среди =гражданского =населения =нет|"
        // nobody hurt, said of the people or of the victims, with "нет" or "не было"
        + "=пострадавших =не =было|=жертв =не =было|=погибших =и =пострадавших =нет|=погибших =и =раненых =нет|"
        + "=жертв =и =пострадавших =нет|=жертв =и =разрушений =нет|=люди =не =пострадали|=люди =целы|=люди =уцелели|"
        + "=без =разрушений =и =пострадавших|=без =жертв =и =разрушений|=без =пострадавших =и =разрушений");
    add(Language.RU, Kind.NO_CASUALTIES, "injured", "=без =раненых|=раненых =нет|=раненых =не =было|=никто =не =ранен|"
        + "=никто =не =был =ранен|=никто =не =получил =ранений|=никто =не =получил =травм");
    // "удалось избежать гибели граждан": the deaths were avoided, said as done ("чтобы избежать жертв" is not)
    add(Language.RU, Kind.NO_CASUALTIES, "killed", "=никто =не =погиб|=без =погибших|=погибших =нет|=погибших =не =было|"
        + "=удалось =избежать =гибели|=удалось =избежать =жертв");
    add(Language.RU, Kind.REGION, "region", "област|=обл|регион");
    add(Language.DE, Kind.REVISION, "revised", "gestiegen|angestiegen|stieg|erhöht|erhöhte|korrigiert|gesunken");
    add(Language.EN, Kind.REVISION, "revised", "=rose|=risen|increased|climbed|=jumped|=grew|=reached|=revised|=corrected|=updated|=fell|=dropped");
    add(Language.UK, Kind.REVISION, "revised", "зросл|=зріс|збільшил|сягнул|уточнен|уточнил");
    add(Language.RU, Kind.REVISION, "revised", "возросл|=возрос|выросл|=вырос|увеличил|достигл|уточнен|уточнил");
    // channels are names, the same in every language
    for (Language l : Language.values()) {
      add(l, Kind.CHANNEL, "Telegram", "telegram|телеграм|=тг");
      add(l, Kind.CHANNEL, "Facebook", "facebook|фейсбук");
      add(l, Kind.CHANNEL, "X", "=plattform =x|=auf =x|=on =x|=в =x|=у =x|twitter|твіттер|твиттер");
      add(l, Kind.CHANNEL, "Yonhap", "yonhap|йонхап|ренхап|рёнхап");
      add(l, Kind.CHANNEL, "dpa", "=dpa|deutsche presse-agentur|deutschen presse-agentur");
      add(l, Kind.CHANNEL, "Reuters", "reuters|рейтер");
      add(l, Kind.CHANNEL, "AFP", "=afp");
      add(l, Kind.CHANNEL, "AP", "=ap|associated press");
      add(l, Kind.CHANNEL, "Ukrinform", "ukrinform|укрінформ|укринформ");
      add(l, Kind.CHANNEL, "Interfax", "interfax|інтерфакс|интерфакс");
      add(l, Kind.CHANNEL, "TASS", "=tass|=тасс");
      add(l, Kind.CHANNEL, "Suspilne", "suspilne|суспільне");
    }
  }

  private Lexicon() {}

  private static void add(Language l, Kind k, String value, String phrases) {
    CUES.get(l).computeIfAbsent(k, x -> new ArrayList<>()).addAll(Cue.all(value, phrases));
  }

  /** The cues of a kind in a language. */
  static List<Cue> cues(Language l, Kind k) {
    return CUES.get(l).getOrDefault(k, List.of());
  }

  private static final Map<Language, Map<Kind, Cue.Index>> INDEXES = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      Map<Kind, Cue.Index> byKind = new EnumMap<>(Kind.class);
      for (Kind k : Kind.values()) {
        byKind.put(k, new Cue.Index(cues(l, k)));
      }
      INDEXES.put(l, byKind);
    }
  }

  /** The cues of a kind in a language, indexed for {@link Cue#find(Cue.Index, List)}. */
  static Cue.Index indexed(Language l, Kind k) {
    return INDEXES.get(l).get(k);
  }
}
