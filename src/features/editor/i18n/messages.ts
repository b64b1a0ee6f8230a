/** The editors' folder view: validation report and local preview. French first, and English. */
export const editorFr = {
  title: "Ouvrir un dossier d'exports",
  intro:
    'Choisissez le dossier de vos exports (celui qui contient races/, seasons/, lookups/…) : la page lit les fichiers dans ce navigateur, sans jamais les envoyer, les vérifie comme le fait npm run validate, puis affiche les courses à partir de ces fichiers.',
  choose: 'Choisir un dossier…',
  chooseAgain: 'Choisir un autre dossier…',
  drop: '… ou déposez le dossier ici.',
  dropActive: 'Déposez le dossier pour le lire.',
  reading: 'Lecture de {count, plural, one {# fichier} other {# fichiers}}…',
  readFailed: 'Fichier illisible par le navigateur : {file}',
  reopen:
    'Le dossier n’est plus ouvert (la page a été rechargée ou fermée) : choisissez-le de nouveau.',
  folder: 'Dossier : {name}',
  folderUnnamed: 'Dossier choisi',
  checked:
    '{files, plural, one {# fichier vérifié} other {# fichiers vérifiés}} : {races, plural, one {# course} other {# courses}}, {championships, plural, one {# championnat} other {# championnats}}, {lookups, plural, one {# table de correspondance} other {# tables de correspondance}}, {leagues, plural, one {# fichier de ligue} other {# fichiers de ligue}}.',
  allGood: 'Aucun problème.',
  counts:
    '{errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}',
  countsInFiles:
    '{errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}} dans {files, plural, one {# fichier} other {# fichiers}}.',
  racesTitle: 'Courses du dossier',
  noRaces: 'Aucune course (races/<race_id>/sessions.json) dans ce dossier.',
  raceUnreadable: 'course {id} (sessions.json invalide : voir le rapport)',
  reportTitle: 'Rapport de validation',
  error: 'Erreur',
  warning: 'Avertissement',
  wholeFile: 'fichier entier',
  seeRace: 'voir la course {race}',
  seeTab: 'voir l’onglet {tab} de la course {race}',
  seeSeason: 'voir le championnat {season}',
  seeLeague: 'voir la page de la ligue',
  previewBar:
    'Aperçu local du dossier « {name} » : les pages lisent ces fichiers, pas les données publiées.',
  previewBarUnnamed:
    'Aperçu local : les pages lisent les fichiers du dossier choisi, pas les données publiées.',
  backToReport: 'Rapport de validation',
  close: 'Fermer le dossier',
  // — issue 18: the check off the main thread —
  progressLabel: 'Vérification du dossier',
  progressRead: 'Lecture : {done} / {total, plural, one {# fichier} other {# fichiers}}',
  progressCheck: 'Vérification : {done} / {total, plural, one {# fichier} other {# fichiers}}',
  checkFailed: 'La vérification du dossier a échoué : {detail}. Choisissez-le de nouveau.',
}

export type EditorMessageKey = keyof typeof editorFr

export const editorEn: Record<EditorMessageKey, string> = {
  title: 'Open an export folder',
  intro:
    'Choose the folder of your exports (the one holding races/, seasons/, lookups/…): the page reads the files in this browser, never uploads them, checks them as npm run validate does, then shows the races from those files.',
  choose: 'Choose a folder…',
  chooseAgain: 'Choose another folder…',
  drop: '… or drop the folder here.',
  dropActive: 'Drop the folder to read it.',
  reading: 'Reading {count, plural, one {# file} other {# files}}…',
  readFailed: 'The browser could not read: {file}',
  reopen: 'The folder is no longer open (the page was reloaded or closed): choose it again.',
  folder: 'Folder: {name}',
  folderUnnamed: 'Chosen folder',
  checked:
    '{files, plural, one {# file} other {# files}} checked: {races, plural, one {# race} other {# races}}, {championships, plural, one {# championship} other {# championships}}, {lookups, plural, one {# lookup} other {# lookups}}, {leagues, plural, one {# league file} other {# league files}}.',
  allGood: 'No problem.',
  counts:
    '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
  countsInFiles:
    '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}} in {files, plural, one {# file} other {# files}}.',
  racesTitle: 'Races in the folder',
  noRaces: 'No race (races/<race_id>/sessions.json) in this folder.',
  raceUnreadable: 'race {id} (sessions.json invalid: see the report)',
  reportTitle: 'Validation report',
  error: 'Error',
  warning: 'Warning',
  wholeFile: 'whole file',
  seeRace: 'see race {race}',
  seeTab: 'see tab {tab} of race {race}',
  seeSeason: 'see the {season} championship',
  seeLeague: 'see the league page',
  previewBar:
    'Local preview of the folder “{name}”: the pages read these files, not the published data.',
  previewBarUnnamed:
    'Local preview: the pages read the files of the chosen folder, not the published data.',
  backToReport: 'Validation report',
  close: 'Close the folder',
  // — issue 18: the check off the main thread —
  progressLabel: 'Checking the folder',
  progressRead: 'Reading: {done} / {total, plural, one {# file} other {# files}}',
  progressCheck: 'Checking: {done} / {total, plural, one {# file} other {# files}}',
  checkFailed: 'Checking the folder failed: {detail}. Choose it again.',
}
