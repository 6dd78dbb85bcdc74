import type { PageKind } from '../lib/routes.ts';
import CampaignsView from './CampaignsView.astro';
import EventArchiveView from './EventArchiveView.astro';
import EventListView from './EventListView.astro';
import EventPosterView from './EventPosterView.astro';
import EventView from './EventView.astro';
import HomeView from './HomeView.astro';
import InstitutionListView from './InstitutionListView.astro';
import InstitutionView from './InstitutionView.astro';
import InterestThanksView from './InterestThanksView.astro';
import InterestView from './InterestView.astro';
import MunicipalityView from './MunicipalityView.astro';
import NotFoundView from './NotFoundView.astro';
import PlainPageView from './PlainPageView.astro';
import RegionListView from './RegionListView.astro';
import RegionView from './RegionView.astro';
import SearchView from './SearchView.astro';
import ServiceListView from './ServiceListView.astro';
import ServiceView from './ServiceView.astro';
import TrainingListView from './TrainingListView.astro';
import TrainingView from './TrainingView.astro';

/** One view per kind of page; every view takes the route and nothing else. */
export const views = {
  home: HomeView,
  trainingList: TrainingListView,
  training: TrainingView,
  serviceList: ServiceListView,
  service: ServiceView,
  institutionList: InstitutionListView,
  institution: InstitutionView,
  regionList: RegionListView,
  region: RegionView,
  municipality: MunicipalityView,
  eventList: EventListView,
  event: EventView,
  page: PlainPageView,
  interest: InterestView,
  interestThanks: InterestThanksView,
  search: SearchView,
  notFound: NotFoundView,
  eventArchive: EventArchiveView,
  eventPoster: EventPosterView,
  campaigns: CampaignsView,
} satisfies Record<PageKind, unknown>;
