import type { Lang } from './messages.ts'

/**
 * The validator's messages in French, keyed by their English template (the code + params of
 * src/loaders/validate/message.ts: `{0}`, `{1}`… are the params). English pages show the
 * validator's own words, as the CLI prints them. Lazy: only the editor's report and the race
 * page's data warnings show them. A message without a French template stays in English, marked
 * (tests/i18n/problem-messages.test.ts lists the validator's templates and checks each is here).
 */
const FR: Readonly<Record<string, string>> = {
  'expected {0} (the folder seasons/{1}/), got {2}':
    'attendu {0} (le dossier seasons/{1}/), trouvé {2}',
  '{0} is already constructors[{1}]': '{0} est déjà constructors[{1}]',
  'ranks out of order: rank {0} comes after rank {1}':
    'rangs dans le désordre : le rang {0} vient après le rang {1}',
  'rank {0} is shared with {1}[{2}] but not the points ({3} vs {4})':
    'rang {0} partagé avec {1}[{2}], mais pas les points ({3} contre {4})',
  'rank {0} has more points ({1}) than rank {2} above it ({3})':
    'le rang {0} a plus de points ({1}) que le rang {2} au-dessus ({3})',
  'expected {0} ({1} rows rank above it), got {2}':
    'attendu {0} ({1} lignes classées devant), trouvé {2}',
  'excluded from the championship: not ranked': 'exclu du championnat : sans rang',
  'race {0} is already races[{1}]': 'la course {0} est déjà races[{1}]',
  'no races/{0}/sessions.json: the index links to a race that is not there':
    'pas de races/{0}/sessions.json : l’index renvoie vers une course absente',
  '{0} differs from {1} (meta.{2} of races/{3}/sessions.json)':
    '{0} diffère de {1} (meta.{2} de races/{3}/sessions.json)',
  'race {0}{1} is not listed: the index page does not link to it':
    'la course {0}{1} n’est pas listée : la page d’index n’y renvoie pas',
  'no seasons/{0}/championship.json: the index links to a championship that is not there':
    'pas de seasons/{0}/championship.json : l’index renvoie vers un championnat absent',
  'season {0} has seasons/{1}/championship.json but is not listed: the index does not link to it':
    'la saison {0} a seasons/{1}/championship.json mais n’est pas listée : l’index n’y renvoie pas',
  'expected {0} (the folder races/{1}/), got {2}':
    'attendu {0} (le dossier races/{1}/), trouvé {2}',
  'no races/{0}/sessions.json: a lap chart without its race':
    'pas de races/{0}/sessions.json : un tour par tour sans sa course',
  'expected lap {0} (lap 0 is the grid, then 1, 2… in order), got {1}':
    'attendu le tour {0} (le tour 0 est la grille, puis 1, 2… dans l’ordre), trouvé {1}',
  "lap {0} after the race's {1} laps (meta.laps_total)":
    'tour {0} après les {1} tours de la course (meta.laps_total)',
  'driver {0} is already order[{1}]: one place per car':
    'le pilote {0} est déjà order[{1}] : une place par voiture',
  'driver {0} is in no session of the race': 'le pilote {0} n’est dans aucune séance de la course',
  'race {0} has no folder races/{1}/ in this export: the entry is never read':
    'la course {0} n’a pas de dossier races/{1}/ dans cet export : l’entrée n’est jamais lue',
  'driver {0} is in no session of races/{1}/sessions.json':
    'le pilote {0} n’est dans aucune séance de races/{1}/sessions.json',
  'driver {0} is in no session of the races of this export: the name is never shown':
    'le pilote {0} n’est dans aucune séance des courses de cet export : son nom n’est jamais affiché',
  '{0} is a number too large to be a figure of a race: the page shows —':
    '{0} est un nombre trop grand pour une course : la page affiche —',
  'expected {0} ({1} ms vs the global best {2} ms), got {3}':
    'attendu {0} ({1} ms contre le meilleur absolu {2} ms), trouvé {3}',
  'expected {0} ({1} faster best_ms), got {2}':
    'attendu {0} ({1} best_ms plus rapides), trouvé {2}',
  'no session {0} in sessions.json': 'pas de séance {0} dans sessions.json',
  'expected the fastest entry ({0}), got null':
    'attendu l’entrée la plus rapide ({0}), trouvé null',
  'expected {0}, the fastest best_ms of best_times, got {1}':
    'attendu {0}, le best_ms le plus rapide de best_times, trouvé {1}',
  'expected the driver of the fastest entry ({0}), got {1}':
    'attendu le pilote de l’entrée la plus rapide ({0}), trouvé {1}',
  'expected null (best_times is empty), got an object':
    'attendu null (best_times est vide), trouvé un objet',
  'unknown field {0}: the page ignores it': 'champ inconnu {0} : la page l’ignore',
  '{0} points: below 0': '{0} points : moins de 0',
  'rank {0} after rank {1} at place {2}: ranks go 1, 2… (ties share one)':
    'rang {0} après le rang {1} à la place {2} : les rangs vont 1, 2… (les ex aequo en partagent un)',
  'round {0} after round {1}: rounds go up in order':
    'manche {0} après la manche {1} : les manches vont croissant',
  'races/{0}/ is round {1} of {2}, not round {3} of {4}':
    'races/{0}/ est la manche {1} de {2}, pas la manche {3} de {4}',
  'unknown session code {0}: its tab comes after the known ones':
    'code de séance inconnu {0} : son onglet vient après les connus',
  'session {0} is already sessions[{1}]: one session per code':
    'la séance {0} est déjà sessions[{1}] : une séance par code',
  '{0} rows: far more than any Grand Prix entry list (under {1}); the page shows them all':
    '{0} lignes : bien plus qu’aucune liste d’engagés d’un Grand Prix (moins de {1}) ; la page les affiche toutes',
  '{0} laps: not a plausible lap count (a Grand Prix has under {1})':
    '{0} tours : nombre de tours invraisemblable (un Grand Prix en compte moins de {1})',
  'driver {0} ({1}) is already in this session at rows[{2}]':
    'le pilote {0} ({1}) est déjà dans cette séance en rows[{2}]',
  'out on lap 0, ranked {0} at its grid slot as F1DB does: not a finishing place':
    'sorti au tour 0, classé {0} à sa place sur la grille comme le fait F1DB : pas une place à l’arrivée',
  'expected a position from 1 up, got {0}': 'attendu une position à partir de 1, trouvé {0}',
  '{0}: position {1} as rows[{2}] ({3})': '{0} : position {1} comme rows[{2}] ({3})',
  'position {0} is already rows[{1}] ({2})': 'la position {0} est déjà rows[{1}] ({2})',
  'expected a grid position from 1 up, got {0}':
    'attendu une place sur la grille à partir de 1, trouvé {0}',
  'numbered {0} by F1DB, but its time ranks it {1} (after place {2}, before the other {3}): a slip of the source':
    'numéroté {0} par F1DB, mais son temps le classe {1} (après la place {2}, avant l’autre {3}) : une erreur de la source',
  'tie as F1DB ranks it: position {0} is already rows[{1}] ({2}), the next place skipped':
    'ex aequo tel que F1DB le classe : la position {0} est déjà rows[{1}] ({2}), la place suivante sautée',
  'tie: {0} rows share position {1}, so the next is {2}':
    'ex aequo : {0} lignes partagent la position {1}, la suivante est donc {2}',
  'positions jump from {0} to {1}: places left by excluded cars or shared drives':
    'les positions sautent de {0} à {1} : places laissées par des voitures exclues ou partagées',
  'positions jump from {0} to {1}: F1DB numbers this session as its period sources did, skipping cars whose time was not kept':
    'les positions sautent de {0} à {1} : F1DB numérote cette séance comme ses sources d’époque, sans les voitures dont le temps n’a pas été gardé',
  'positions start at {0}: {1} is missing': 'les positions commencent à {0} : il manque {1}',
  'positions start at {0}: {1} are missing': 'les positions commencent à {0} : il manque {1}',
  'positions jump from {0} to {1}: {2} is missing':
    'les positions sautent de {0} à {1} : il manque {2}',
  'positions jump from {0} to {1}: {2} are missing':
    'les positions sautent de {0} à {1} : il manque {2}',
  '{0} ms: not a plausible time (above 0, under 24 hours)':
    '{0} ms : temps invraisemblable (au-dessus de 0, sous 24 heures)',
  '{0} is not a time (M:SS.mmm, H:MM:SS.mmm or SS.mmm): shown as written':
    '{0} n’est pas un temps (M:SS.mmm, H:MM:SS.mmm ou SS.mmm) : affiché tel quel',
  'expected {0} (best_lap_time_raw is null), got {1}':
    'attendu {0} (best_lap_time_raw est null), trouvé {1}',
  'expected {0} (best_lap_time_raw {1}), got {2}':
    'attendu {0} (best_lap_time_raw {1}), trouvé {2}',
  'driver {0} ({1}) is already {2}[{3}]': 'le pilote {0} ({1}) est déjà {2}[{3}]',
  'driver {0} ({1}) is in no session of sessions.json':
    'le pilote {0} ({1}) n’est dans aucune séance de sessions.json',
  'missing: {0}/ has {1} but no sessions.json, so the race page says "race not found"':
    'absent : {0}/ a {1} mais pas de sessions.json, la page de la course dit donc « course introuvable »',
  'no export file found: expected races/<race_id>/sessions.json, seasons/<year>/championship.json, lookups/ or leagues/ files':
    'aucun fichier d’export : attendu races/<race_id>/sessions.json, seasons/<year>/championship.json, des fichiers lookups/ ou leagues/',
  'missing: the page computes the PerfTime from sessions.json and says so':
    'absent : la page calcule le PerfTime à partir de sessions.json et le signale',
  'missing: the page computes the summary from sessions.json; lap-chart figures (laps led, top 1/3/6/10) show —':
    'absent : la page calcule le résumé à partir de sessions.json ; les chiffres du tour par tour (tours en tête, top 1/3/6/10) affichent —',
  'not a file of the export layout (races/<race_id>/sessions|perftime|resume|laps.json, seasons/<year>/championship|rounds.json, lookups/drivers.min.json|participants.json, races/index.json, leagues/…): the page never reads it':
    'pas un fichier de la structure d’export (races/<race_id>/sessions|perftime|resume|laps.json, seasons/<year>/championship|rounds.json, lookups/drivers.min.json|participants.json, races/index.json, leagues/…) : la page ne le lit jamais',
  'missing: the index page lists no race, and race pages have no previous / next links':
    'absent : la page d’index ne liste aucune course, et les pages de course n’ont pas de liens précédent / suivant',
  'missing: driver names come from the session rows only':
    'absent : les noms des pilotes viennent des seules lignes des séances',
  'missing: car numbers, tyres and engines are not shown':
    'absent : numéros, pneus et moteurs ne sont pas affichés',
  // The file as a whole, and the shape problems of the schemas (src/loaders/describe-issues.ts).
  'the file is empty': 'le fichier est vide',
  'not valid JSON at line {0}, column {1}': 'JSON invalide à la ligne {0}, colonne {1}',
  'expected {0}, got {1}': 'attendu {0}, trouvé {1}',
  'unexpected field(s) {0}': 'champ(s) inattendu(s) {0}',
}

/**
 * The English phrases a shape problem's params are made of (describe-issues.ts, describe-value.ts):
 * "a whole number of milliseconds or null" → "un nombre entier de millisecondes ou null".
 */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/^nothing \(the field is missing\)$/, 'rien (le champ manque)'],
  [
    /^a number too large to be read \(1e309 or more\)$/,
    'un nombre trop grand pour être lu (1e309 ou plus)',
  ],
  [/^a list of (\d+)$/, 'une liste de $1'],
  [/^another value$/, 'une autre valeur'],
  [/^a whole number/, 'un nombre entier'],
  [/^a number/, 'un nombre'],
  [/^text/, 'du texte'],
  [/^a list/, 'une liste'],
  [/^an object/, 'un objet'],
  [/^one of /, 'l’une des valeurs '],
  [/ of milliseconds/, ' de millisecondes'],
  [/ or null$/, ' ou null'],
]

function frenchPhrase(param: string | number): string | number {
  if (typeof param === 'number' || !/^[a-z]/.test(param)) return param
  return PHRASES.reduce((text, [pattern, french]) => text.replace(pattern, french), param)
}

export interface ProblemText {
  message: string
  template?: string | undefined
  params?: ReadonlyArray<string | number> | undefined
}

/** A piece of a message: words, or a param that is a code of the file ("RACE", "SHAKEDOWN"). */
export interface MessagePart {
  text: string
  code: boolean
}

const CODE = /^(?:[A-Z][A-Z0-9_]*|"[^"]*")$/

/**
 * The message in the reader's language, in parts (a code of the file is shown as code, in
 * either language); `known` is false when it stays in the validator's English.
 */
export function problemParts(
  problem: ProblemText,
  lang: Lang,
): { parts: MessagePart[]; known: boolean } {
  const french = lang === 'fr' && problem.template !== undefined ? FR[problem.template] : undefined
  const template = french ?? problem.template
  if (template === undefined || !problem.params || (lang === 'fr' && french === undefined)) {
    return { parts: [{ text: problem.message, code: false }], known: lang === 'en' }
  }
  // Only a shape problem's params are phrases; elsewhere they are names, codes and numbers.
  const shape = french !== undefined && problem.template === 'expected {0}, got {1}'
  const params = problem.params.map((param) => (shape ? frenchPhrase(param) : param))
  const parts = template.split(/\{(\d+)\}/).map((piece, index) => {
    if (index % 2 === 0) return { text: piece, code: false }
    const param = String(params[Number(piece)] ?? `{${piece}}`)
    return { text: param, code: CODE.test(param) }
  })
  return { parts: parts.filter((part) => part.text !== ''), known: true }
}

/** The message in the reader's language, as text; `known` is false when it stays in English. */
export function problemWords(problem: ProblemText, lang: Lang): { text: string; known: boolean } {
  const { parts, known } = problemParts(problem, lang)
  return { text: parts.map((part) => part.text).join(''), known }
}

/** The templates translated, for their test. */
export function frenchTemplates(): ReadonlySet<string> {
  return new Set(Object.keys(FR))
}
