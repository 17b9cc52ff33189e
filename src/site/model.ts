import type { LoadedContent } from '../content/load.ts';
import type { PublishedImage } from '../content/images.ts';
import type { SiteConfig } from '../content/site-config.ts';
import type { Story } from '../content/story.ts';
import { groupIntoIssues, issueLink, sectionRank, type DailyIssue, type IssueLink } from '../transforms/issues.ts';
import { byName, indexBy, type Listing } from '../transforms/taxonomies.ts';
import { paginateListings, type ListingPage } from '../transforms/listing-pages.ts';
import { toNewsroomDate, type NewsroomDate } from '../transforms/dates.ts';
import type { PublishingMode } from '../transforms/publishing.ts';
import { DateTime } from 'luxon';
import { everyPage, type RenderSet } from './render-set.ts';
import { planIndexParts, type IndexPartPlan } from '../search/index-part-plan.ts';
import { routes } from '../routes/routes.ts';
import { listCorrections, type CorrectionListing } from '../transforms/corrections-list.ts';

/** Everything the layouts render, computed once per build; templates only loop and print. */
export interface SiteModel {
  site: SiteConfig;
  mode: PublishingMode;
  builtAt: NewsroomDate;
  /** Newest first. */
  stories: Story[];
  /** Newest first. */
  issues: DailyIssue[];
  /** The front page's issue; undefined before the first story is published. */
  latestIssue: DailyIssue | undefined;
  /** Alphabetical. */
  tags: Listing[];
  /** In the newsletter's section order. */
  sections: Listing[];
  /** Every page of every tag listing (pages of listing.storiesPerPage stories), tags alphabetical. */
  tagListings: ListingPage[];
  /** Every page of every section listing, in the newsletter's section order. */
  sectionListings: ListingPage[];
  /** The issue each story appeared in, by story id, for "In the issue of ..." links. */
  issueOfStory: Record<string, IssueLink>;
  /** In a preview (drafts shown): "Draft" or "Scheduled" by story id, so no one mistakes it for published. */
  previewLabels: Record<string, string>;
  /** The paginated pages this build renders: all of them, but see render-set.ts for the dev server. */
  pages: RenderSet;
  /** The search index's parts, oldest first (index-part-plan.ts): planned once, for the indexer and the search page. */
  searchPartPlans: IndexPartPlan[];
  /** Site paths of the search index's parts, newest first: the search page loads the first and merges the rest. */
  searchParts: string[];
  /** The files of content/images/ to publish at /images/ (src/content/images.ts decides which). */
  images: PublishedImage[];
  /** Every correction, newest first, for /corrections/ and its feed. */
  corrections: CorrectionListing[];
}

/** The parts of the model a build needs before the rest: the search index starts from them (build-site.ts). */
export type EarlyModel = Pick<SiteModel, 'sections' | 'searchPartPlans'>;

/** The sections and search-index parts of the content: what a build knows before it groups issues and pages. */
export function earlyModelOf(content: Pick<LoadedContent, 'config' | 'stories'>): EarlyModel {
  const { config, stories } = content;
  const rank = sectionRank(config.sections);
  return {
    sections: indexBy(stories, (story) => [story.section]).sort((a, b) => rank(a.taxon.name) - rank(b.taxon.name) || byName(a, b)),
    searchPartPlans: planIndexParts(stories, config.search.storiesPerIndex),
  };
}

export function buildSiteModel(content: LoadedContent, mode: PublishingMode, now: number, early: EarlyModel = earlyModelOf(content)): SiteModel {
  const { config, stories } = content;
  const issues = groupIntoIssues(stories, { timeZone: config.timeZone, sectionOrder: config.sections });
  const issueOfStory: SiteModel['issueOfStory'] = {};
  for (const issue of issues) {
    // One link per issue, shared by its stories: an archive's hundred thousand stories would otherwise each hold a copy.
    const link = Object.freeze(issueLink(issue));
    for (const story of issue.stories) issueOfStory[story.id] = link;
  }
  const tags = indexBy(stories, (story) => story.tags).sort(byName);
  const { sections, searchPartPlans } = early;
  const { storiesPerPage } = config.listing;
  const tagListings = paginateListings(tags, storiesPerPage, (tag) => `Stories tagged “${tag.name}”`);
  const sectionListings = paginateListings(sections, storiesPerPage);
  return {
    site: config,
    mode,
    builtAt: toNewsroomDate(DateTime.fromMillis(now), config.timeZone),
    stories,
    issues,
    latestIssue: issues[0],
    tags,
    sections,
    tagListings,
    sectionListings,
    issueOfStory,
    previewLabels: mode === 'development' ? previewLabels(stories, now) : {},
    pages: everyPage({ stories, issues, tags, sections, tagListings, sectionListings }),
    searchPartPlans,
    searchParts: searchPartPlans.map((plan) => routes.searchPart(plan.id)).reverse(),
    images: content.images,
    corrections: listCorrections(stories),
  };
}

function previewLabels(stories: readonly Story[], now: number): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const story of stories) {
    if (story.draft) labels[story.id] = 'Draft';
    else if (story.published.epochMs > now) labels[story.id] = 'Scheduled';
  }
  return labels;
}
