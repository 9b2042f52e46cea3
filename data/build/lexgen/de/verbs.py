# Verb inventory for lemmas.tsv: every finite form / participle of the verbs events.tsv and
# refine.tsv rely on, folded onto the infinitive.
# WEAK: "prefix|base" for separable verbs, plain infinitive otherwise.
WEAK = """
ab|lehnen auf|fordern fordern an|klagen klagen ein|bestellen bestellen zu|sagen ab|sagen sagen
aus|setzen ein|setzen ein|stellen ein|legen nieder|legen legen an|prangern prangern aus|liefern liefern
aus|tauschen zusammen|arbeiten arbeiten an|kündigen ein|leiten leiten auf|lösen lösen
ein|marschieren marschieren zu|sichern sichern ab|feuern feuern zurück|schicken zurück|holen
zurück|beordern beordern ab|riegeln riegeln an|drohen drohen zurück|schicken zu|stimmen aus|bauen
aus|drücken aus|zahlen bereit|stellen herab|stufen ein|richten
kritisieren verurteilen loben würdigen begrüßen gratulieren beglückwünschen danken verteidigen
unterzeichnen besiegeln paraphieren vereinbaren einigen verständigen beschuldigen bezichtigen anschuldigen
verklagen verweigern missbilligen bedauern bedrohen warnen protestieren demonstrieren streiken boykottieren
blockieren mobilisieren stationieren verlegen beschlagnahmen konfiszieren zerstören entführen verschleppen
kapern foltern vergewaltigen misshandeln verprügeln ermorden töten bombardieren belagern besetzen erobern
annektieren verletzen attackieren kämpfen telefonieren besuchen reisen erörtern diskutieren verhandeln
vermitteln investieren kooperieren überstellen teilen übermitteln leisten gewähren bewilligen
zahlen spenden lockern kapitulieren ermitteln untersuchen verlangen pochen appellieren ersuchen
mahnen drängen rügen tadeln brandmarken geißeln wettern deportieren eröffnen entschuldigen normalisieren
ratifizieren dementieren leugnen kondolieren bekunden äußern zeigen prüfen sanktionieren ignorieren
missachten trotzen widersetzen hacken plündern lynchen verhaften inhaftieren vereiteln
signalisieren vertiefen stärken intensivieren verstärken festigen erweitern erzielen reklamieren
verhängen verschärfen verlängern kürzen stoppen streichen erhöhen testen versetzen zünden sprengen liquidieren
öffnen ermöglichen erlauben akzeptieren beenden demobilisieren entwaffnen schicken erklären verkünden
bekräftigen sperren verbannen randalieren aus|bilden
an|ordnen aus|weiten begnadigen beschweren durch|führen ein|reichen reichen folgen genehmigen
kommentieren prügeln reduzieren versichern stürmen suspendieren bezeichnen beschimpfen verunglimpfen torpedieren verhindern starten verteilen paraphieren unterdrücken zerren üben überein|stimmen zu|stimmen stimmen auf|kündigen kündigen verüben
"""
# WEAK separable not in the list above are derived from "prefix|base" entries.

# STRONG / irregular: infinitive -> forms (space separated). Forms that are also a frequent
# noun or adjective are left out on purpose (angriff: noun Angriff; festnahme(n): noun Festnahme;
# bekannt(e): adjective; verbot: noun Verbot; gedacht: participle of denken; vertrieben ok).
STRONG = {
 "treffen": "trifft traf trafen träfe getroffen",
 "zusammentreffen": "zusammentrifft zusammentraf zusammentrafen zusammengetroffen zusammenzutreffen",
 "eintreffen": "eintrifft eintraf eintrafen eingetroffen einzutreffen",
 "sprechen": "spricht sprach sprachen gesprochen",
 "aussprechen": "ausspricht aussprach aussprachen ausgesprochen auszusprechen",
 "besprechen": "bespricht besprach besprachen besprochen",
 "versprechen": "verspricht versprach versprachen versprochen",
 "empfangen": "empfängt empfing empfingen",
 "nehmen": "nimmt nahm nahmen genommen",
 "festnehmen": "festnimmt festgenommen festzunehmen",
 "aufnehmen": "aufnimmt aufnahm aufnahmen aufgenommen aufzunehmen",
 "wiederaufnehmen": "wiederaufnimmt wiederaufnahm wiederaufnahmen wiederaufgenommen wiederaufzunehmen",
 "einnehmen": "einnimmt einnahm einnahmen eingenommen einzunehmen",
 "übernehmen": "übernimmt übernahm übernahmen übernommen",
 "annehmen": "annimmt annahm annahmen angenommen anzunehmen",
 "gefangennehmen": "gefangengenommen gefangenzunehmen",
 "werfen": "wirft warf warfen geworfen",
 "vorwerfen": "vorwirft vorwarf vorwarfen vorgeworfen vorzuwerfen",
 "weisen": "weist wies wiesen gewiesen",
 "zurückweisen": "zurückweist zurückwies zurückwiesen zurückgewiesen zurückzuweisen",
 "ausweisen": "ausweist auswies auswiesen ausgewiesen auszuweisen",
 "verweisen": "verweist verwies verwiesen",
 "greifen": "greift griff griffen gegriffen",
 "angreifen": "angreift angegriffen anzugreifen",
 "rufen": "ruft rief riefen gerufen",
 "aufrufen": "aufruft aufrief aufriefen aufgerufen aufzurufen",
 "zurückrufen": "zurückruft zurückrief zurückriefen zurückgerufen zurückzurufen",
 "ausrufen": "ausruft ausrief ausriefen ausgerufen auszurufen",
 "laden": "lädt lud luden geladen",
 "einladen": "einlädt einlud einluden eingeladen einzuladen",
 "lassen": "lässt ließ ließen gelassen",
 "freilassen": "freilässt freiließ freiließen freigelassen freizulassen",
 "entlassen": "entlässt entließ entließen",
 "schieben": "schiebt schob schoben geschoben",
 "abschieben": "abschiebt abschob abschoben abgeschoben abzuschieben",
 "zurückschieben": "zurückschiebt zurückschob zurückschoben zurückgeschoben zurückzuschieben",
 "ziehen": "zieht zog zogen gezogen",
 "abziehen": "abzieht abzog abzogen abgezogen abzuziehen",
 "zurückziehen": "zurückzieht zurückzog zurückzogen zurückgezogen zurückzuziehen",
 "zusammenziehen": "zusammenzieht zusammenzog zusammenzogen zusammengezogen zusammenzuziehen",
 "brechen": "bricht brach brachen gebrochen",
 "abbrechen": "abbricht abbrach abbrachen abgebrochen abzubrechen",
 "schließen": "schließt schloss schlossen geschlossen schloß",
 "abschließen": "abschließt abschloss abschlossen abgeschlossen abzuschließen",
 "heben": "hebt hob hoben gehoben",
 "aufheben": "aufhebt aufhob aufhoben aufgehoben aufzuheben",
 "erheben": "erhebt erhob erhoben",
 "frieren": "friert fror froren gefroren",
 "einfrieren": "einfriert einfror einfroren eingefroren einzufrieren",
 "bieten": "bietet bot boten geboten",
 "anbieten": "anbietet anbot anboten angeboten anzubieten",
 "geben": "gibt gab gaben gegeben",
 "nachgeben": "nachgibt nachgab nachgaben nachgegeben nachzugeben",
 "abgeben": "abgibt abgab abgaben abgegeben abzugeben",
 "zurückgeben": "zurückgibt zurückgab zurückgaben zurückgegeben zurückzugeben",
 "weitergeben": "weitergibt weitergab weitergaben weitergegeben weiterzugeben",
 "vergeben": "vergibt vergab vergaben",
 "ergeben": "ergibt ergab ergaben",
 "schlagen": "schlägt schlug schlugen geschlagen",
 "niederschlagen": "niederschlägt niederschlug niederschlugen niedergeschlagen niederzuschlagen",
 "ausschlagen": "ausschlägt ausschlug ausschlugen ausgeschlagen auszuschlagen",
 "bitten": "bittet bat baten gebeten",
 "bestreiten": "bestreitet bestritt bestritten",
 "kommen": "kommt kam kamen gekommen",
 "zusammenkommen": "zusammenkommt zusammenkam zusammenkamen zusammengekommen zusammenzukommen",
 "ankommen": "ankommt ankam ankamen angekommen",
 "halten": "hält hielt hielten gehalten",
 "festhalten": "festhält festhielt festhielten festgehalten festzuhalten",
 "bestehen": "besteht bestand",
 "schießen": "schießt schoss schossen geschossen schoß",
 "erschießen": "erschießt erschoss erschossen erschoß",
 "beschießen": "beschießt beschoss beschossen beschoß",
 "abschießen": "abschießt abschoss abschossen abgeschossen abzuschießen",
 "fliegen": "fliegt flog flogen geflogen",
 "erstechen": "ersticht erstach erstachen erstochen",
 "niederstechen": "niedersticht niederstach niederstachen niedergestochen",
 "verbieten": "verbietet verboten",
 "erhalten": "erhält erhielt erhielten",
 "entsenden": "entsandte entsandten entsandt",
 "senden": "sandte sandten gesandt",
 "bringen": "bringt brachte brachten gebracht",
 "umbringen": "umbringt umbrachte umbrachten umgebracht umzubringen",
 "erkennen": "erkennt erkannte erkannten erkannt",
 "anerkennen": "anerkennt anerkannte anerkannten anerkannt anzuerkennen",
 "bekennen": "bekennt",
 "beraten": "berät beriet berieten",
 "unterschreiben": "unterschreibt unterschrieb unterschrieben",
 "vertreiben": "vertreibt vertrieb",
 "reißen": "reißt riss rissen gerissen",
 "abreißen": "abreißt abriss abrissen abgerissen abzureißen",
 "verzeihen": "verzeiht verzieh verziehen",
 "einberufen": "einberuft einberief einberiefen einberufen",
 "treten": "tritt trat traten getreten",
 "gehen": "geht ging gingen gegangen",
 "vorgehen": "vorgeht vorging vorgingen vorgegangen vorzugehen",
 "stehen": "steht stand standen gestanden",
 "lenken": "lenkt lenkte lenkten gelenkt",
 "einlenken": "einlenkt einlenkte einlenkten eingelenkt einzulenken",
 "werben": "wirbt warb warben geworben",
 "stechen": "sticht stach stachen gestochen",
 "erteilen": "erteilt erteilte erteilten",
 "ausheben": "aushebt aushob aushoben ausgehoben auszuheben",
 "zerschlagen": "zerschlägt zerschlug zerschlugen",
 "stecken": "steckt steckte steckten gesteckt",
 "setzen": "setzt setzte setzten gesetzt",
 "stellen": "stellt stellte stellten gestellt",
 "machen": "macht machte machten gemacht",
 "führen": "führt führte führten geführt",
 "tauschen": "tauscht tauschte tauschten getauscht",
 "entziehen": "entzieht entzog entzogen",
 "begehen": "begeht beging begingen",
 "abberufen": "abberuft abberief abberiefen abzuberufen",
 "herunterfahren": "herunterfährt herunterfuhr herunterfuhren heruntergefahren herunterzufahren",
 "beschließen": "beschließt beschloss beschlossen beschloß",
 "erwägen": "erwägt erwog erwogen",
 "vollziehen": "vollzieht vollzog vollzogen",
 "erlassen": "erlässt erließ erließen",
 "zulassen": "zulässt zuließ zuließen zugelassen zuzulassen",
 "überlassen": "überlässt überließ überließen",
 "übergeben": "übergibt übergab übergaben",
 "überweisen": "überweist überwies überwiesen",
 "gedenken": "gedenkt gedachte gedachten",
}
