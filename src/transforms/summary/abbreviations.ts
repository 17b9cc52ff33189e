/** Abbreviations that always lead into the word after them (a name, a number): never a sentence end. */
export const LEADING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Gen', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt',
  'Cmdr', 'Adm', 'Maj', 'Cpl', 'Pvt', 'Rev', 'Hon', 'Pres', 'Supt', 'Det', 'Insp', 'Atty', 'Gov', 'St', 'Ste', 'Mt',
  'Ft', 'Fr', 'Sr', 'Jr', 'No', 'Nos', 'Vol', 'Fig', 'Art', 'Sec', 'Ch', 'Op', 'pp', 'vs', 'v', 'etc', 'approx',
  'Ave', 'Blvd', 'Rd', 'Dept', 'Univ', 'Assn', 'Bros', 'Messrs', 'Mme', 'Mlle', 'Msgr', 'Sta',
]);

/** Abbreviations that often end a sentence too ("... sold to Apple Inc."): a sentence end only before a sentence opener. */
export const TRAILING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Inc', 'Corp', 'Co', 'Ltd', 'Plc', 'LLC', 'Jr', 'Sr', 'Bros', 'etc', 'al',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md',
  'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt',
  'Wash', 'Wis', 'Wyo', 'Ont', 'Que',
]);

/**
 * Capitalised words that begin sentences far more often than they continue a name, used to decide
 * whether "U.S." or "Inc." before them ends a sentence: "in the U.S. The" vs "the U.S. Senate".
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His',
  'Her', 'Their', 'Our', 'My', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'If', 'When', 'While', 'After',
  'Before', 'Since', 'As', 'At', 'In', 'On', 'For', 'From', 'With', 'Without', 'By', 'Of', 'To', 'Under', 'Over',
  'Still', 'However', 'Meanwhile', 'Now', 'Then', 'Last', 'Next', 'Earlier', 'Later', 'Officials', 'Some', 'Many',
  'Most', 'Both', 'Each', 'Other', 'Others', 'No', 'Not', 'One', 'Two', 'Three', 'What', 'Why', 'How', 'Who',
  'Where', 'Although', 'Though', 'Because', 'Despite', 'During', 'According', 'Asked', 'Also', 'Only', 'Even',
]);
