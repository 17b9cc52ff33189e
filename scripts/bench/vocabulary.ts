/** Word lists the corpus generator draws from: enough variety that summaries and tags behave as on real copy. */

export const SECTIONS = ['World', 'Politics', 'Business', 'Technology', 'Science', 'Media'] as const;

export const TAGS = [
  'elections', 'congress', 'white-house', 'supreme-court', 'immigration', 'climate', 'energy', 'oil',
  'inflation', 'interest-rates', 'federal-reserve', 'jobs', 'housing', 'trade', 'tariffs', 'china',
  'europe', 'ukraine', 'russia', 'middle-east', 'iran', 'israel', 'india', 'africa', 'latin-america',
  'diplomacy', 'military', 'nato', 'artificial-intelligence', 'semiconductors', 'social-media', 'privacy',
  'antitrust', 'cybersecurity', 'space', 'health', 'vaccines', 'public-health', 'education', 'transport',
  'aviation', 'autos', 'banking', 'markets', 'crypto', 'labor', 'media-industry', 'streaming', 'newspapers',
  'television', 'courts', 'crime', 'wildfires', 'hurricanes', 'agriculture', 'water', 'cities', 'budget',
  'taxes', 'polling',
] as const;

export const AUTHORS = [
  'Ana Ruiz', 'Tom Lee', 'Malik Osei', 'Priya Natarajan', 'Jonas Becker', 'Grace Okafor', 'Daniel Cohen',
  'Mei Lin', 'Sofia Marchetti', 'Omar Haddad', 'Hannah Schulz', 'Lucas Ferreira', 'Aisha Bello', 'Kenji Watanabe',
] as const;

export const OUTLETS = [
  { name: 'Reuters', url: 'https://www.reuters.com/' },
  { name: 'Associated Press', url: 'https://apnews.com/' },
  { name: 'Bloomberg', url: 'https://www.bloomberg.com/' },
  { name: 'Financial Times', url: 'https://www.ft.com/' },
  { name: 'The Washington Post', url: 'https://www.washingtonpost.com/' },
  { name: 'Politico', url: 'https://www.politico.com/' },
  { name: 'Axios', url: 'https://www.axios.com/' },
  { name: 'BBC News', url: 'https://www.bbc.com/news' },
  { name: 'Carbon Brief', url: 'https://www.carbonbrief.org/' },
  { name: 'The Verge', url: 'https://www.theverge.com/' },
  { name: 'Semafor', url: 'https://www.semafor.com/' },
] as const;

export const ACTORS = [
  'The administration', 'Senate leaders', 'House Republicans', 'House Democrats', 'The central bank',
  'European officials', 'The commerce ministry', 'Negotiators', 'The company', 'Regulators', 'The governor',
  'City officials', 'Analysts', 'Investors', 'Union leaders', 'The prime minister', 'Federal prosecutors',
  'The board', 'Health officials', 'Researchers', 'The agency', 'Lawmakers', 'Diplomats', 'The ministry',
] as const;

export const VERBS = [
  'said on Tuesday that they would', 'signaled they may', 'declined to say whether they would',
  'are expected to', 'announced plans to', 'voted narrowly to', 'pledged to', 'warned they could',
  'moved quickly to', 'have so far refused to', 'agreed in principle to', 'were weighing whether to',
] as const;

export const ACTIONS = [
  'delay the final vote', 'raise the spending cap', 'cut interest rates again', 'extend the ceasefire',
  'open a formal inquiry', 'reject the proposed merger', 'tighten export controls', 'expand the program',
  'restore funding for the agency', 'release the full report', 'revise the growth forecast', 'lift the ban',
  'impose new tariffs', 'pause the rollout', 'settle the lawsuit', 'renegotiate the contract',
] as const;

export const TIMES = [
  'before the end of the year', 'as early as next week', 'after the holiday', 'by the spring',
  'within days', 'once the talks resume', 'ahead of the summit', 'before markets open on Monday',
] as const;

export const PLACES = [
  'Washington', 'Brussels', 'Beijing', 'London', 'Berlin', 'Tokyo', 'New Delhi', 'Nairobi', 'São Paulo',
  'Ottawa', 'Mexico City', 'Geneva', 'Kyiv', 'Tehran', 'Jerusalem', 'Singapore', 'Sydney', 'Lagos',
] as const;

export const NUMBERS = [
  '2.4 percent', '$1.2 billion', 'nearly 40,000 people', 'about a third', '18 months', 'six of the nine',
  '$350 million', 'more than 200 companies', 'roughly 12 percent', 'three quarters in a row', '0.25 percentage points',
] as const;

export const TOPICS = [
  'the budget deal', 'the trade talks', 'the rate decision', 'the court ruling', 'the merger', 'the strike',
  'the election results', 'the outage', 'the heat wave', 'the vaccine rollout', 'the ceasefire', 'the bill',
  'the data breach', 'the earnings report', 'the climate pledge', 'the investigation',
] as const;

export const HEADLINE_SUBJECTS = [
  'Fed', 'Senate', 'EU', 'China', 'Automakers', 'Regulators', 'Airlines', 'Tech giants', 'Unions', 'Oil prices',
  'Governors', 'Banks', 'Court', 'NATO', 'Hospitals', 'Publishers', 'Streamers', 'Chipmakers', 'Farmers', 'Voters',
] as const;

export const HEADLINE_PREDICATES = [
  'weigh a pause after a volatile week', 'push back on new rules', 'brace for a long fight over funding',
  'signal a shift on trade', 'face pressure to act before year end', 'split over the next step',
  'move to calm markets', 'win a reprieve in court', 'warn of delays', 'test a new approach', 'set a deadline',
  'look abroad for growth', 'cut forecasts as demand slows', 'report record turnout', 'strike a tentative deal',
] as const;

/** Paste noise real newsletters carry; the summarizer has to skip it. */
export const PROMO_LINES = [
  'Sign up for our morning newsletter to get the day’s news in your inbox.',
  'Related: Read more about the background to this story.',
  'Photo: Reuters',
  'Read more: What the ruling means for consumers',
  'Subscribe to keep reading our coverage.',
] as const;
