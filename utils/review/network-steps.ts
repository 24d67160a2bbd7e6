/**
 * What to press on each network for each privacy-review item (see ./items.ts), as data.
 *
 * This is content, not logic: the types and tests check its shape (every item on every network, links
 * https on the network's own host, opened in a new tab), and reviewers check its facts. Steps are two
 * to five short sentences each. So every {@link SettingsLink} carries `evidence`: where its address is documented or
 * seen in public, as looked up in 2026. "Exact-string search" means the address was found verbatim in
 * public code whose repository the search did not name; a reviewer can repeat the search. Where no
 * deeper address could be shown, the link is the nearest page that could, and its evidence says so.
 *
 * Menu names follow the networks' 2025–2026 wording (help centres, current guides, X's own web app).
 * Networks rename menus often: when a step stops matching, fix the words here and re-check the link.
 */
import type { NetworkReview, SettingsLink } from './items';

// Links used by several items share one object, so their evidence is written once.

const FB_CHECKUP: SettingsLink = {
  url: 'https://www.facebook.com/privacy/checkup/',
  evidence:
    'Facebook Help Centre "What\'s the Privacy Checkup" (quoted on dpsstaff.co.uk/online-safety/facebook/account-privacy and fightback.ninja/keep-your-privacy-on-facebook): it updates who can see your future and past posts; the address is linked as "Facebook: Privacy checkup" in public guides and tools (exact-string search, several hits, one a privacy-policy analysis tool\'s "Privacy Checkup" action).',
};

const FB_FIND_AND_CONTACT: SettingsLink = {
  url: 'https://www.facebook.com/settings/?tab=how_people_find_and_contact_you',
  evidence:
    'Linked as "How people find and contact you" in kbmcconnell/PersonalPrivacyGuide README.md (2025); a privacy-scanner extension maps the old settings ?tab=privacy&section=findemail and findphone to this address (exact-string search); the section and its e-mail and phone options are listed in StellarSand/privacy-settings "Privacy Settings/Facebook.md" (May 2026).',
};

const X_AUDIENCE: SettingsLink = {
  url: 'https://x.com/settings/audience_and_tagging',
  evidence:
    'Route "AudienceAndTagging", titled "Audience and tagging", holding "Protect your posts", in X\'s own web app as archived in DzikStar/X-SCRAPER (1 July 2025: client-web/shared/loader/DashMenu/loader/DashModal/ondemand/CommandCenter/bundle/Account/ondemand/SettingsInternals/onde.js, titles in client-web/i18n/en-GB.js); also nirholas/XActions docs/examples/tutorials/protect-account-tutorial.md (March 2026).',
};

const IG_PRIVACY: SettingsLink = {
  url: 'https://www.instagram.com/accounts/privacy_and_security/',
  evidence:
    'Browser path Settings > Privacy and Security > Private Account in privacyint/website-guides guide-steps/en/Instagram_guide.md (July 2025); recent public scripts open this address to reach the "Private account" switch (exact-string search, several hits); the Verge guide (mirrored on mediaperceptionofsocialworkers.blogspot.com, 2024) names the web page "Account privacy".',
};

const IG_EDIT_PROFILE: SettingsLink = {
  url: 'https://www.instagram.com/accounts/edit/',
  evidence:
    'Instagram\'s web "Edit profile" page: public scripts open it to change the bio, one calling it "the closest web equivalent" of the app\'s profile editor (exact-string search, several hits); its Bio and "Show account suggestions on profiles" fields are listed under "Profile details" in StellarSand/privacy-settings "Privacy Settings/Instagram.md" (2025).',
};

const LI_VISIBILITY: SettingsLink = {
  url: 'https://www.linkedin.com/mypreferences/d/categories/visibility',
  evidence:
    'Settings & Privacy section "Visibility", holding "Who can see your connections", "Profile discovery using email address" and "Profile discovery using phone number" (StellarSand/privacy-settings "Privacy Settings/LinkedIn.md", September 2025, which links the sibling /mypreferences/d/categories/account); this address is linked as "LinkedIn Visibility Settings" in public code (exact-string search, 4 hits); extramile.me (2023) describes Visibility as "who can see your profile, network, and LinkedIn activity".',
};

const LI_PROFILE: SettingsLink = {
  url: 'https://www.linkedin.com/in/me/',
  evidence:
    'LinkedIn\'s "me" shortcut to the signed-in member\'s own profile, opened by many public scripts to reach one\'s own profile (exact-string search, several hits); the intro (headline, location), Experience and Education are edited there.',
};

const TT_PRIVACY: SettingsLink = {
  url: 'https://www.tiktok.com/setting/privacy',
  evidence:
    'TikTok\'s web settings live under /setting (singular): public scripts open /setting/privacy and /setting/privacy/direct-messages (exact-string search, several hits; the plural /settings/privacy appears once, in a cookie-notice text); "Private account" and "Suggest your account to others" are Privacy settings per TikTok Support "Make your account public or private" (support.tiktok.com/en/account-and-privacy/account-privacy-settings/making-your-account-public-or-private).',
};

/** Per network id: how to check each review item. */
export const NETWORK_REVIEW: Readonly<Record<'facebook' | 'x' | 'instagram' | 'linkedin' | 'tiktok', NetworkReview>> = {
  facebook: {
    audience: {
      steps: [
        'Open Privacy Checkup and choose "Who can see what you share".',
        'Set "Future posts" to "Friends".',
        'Choose "Limit past posts" and confirm, so your older public posts become friends only.',
        'In Settings, under "Posts", check that "Who can see your future posts" still says "Friends".',
      ],
      link: FB_CHECKUP,
    },
    'approve-followers': {
      steps: [
        'Open Settings and choose "Followers and public content".',
        'Set "Who can follow me" to "Friends".',
        'Under "How people can find and contact you", set "Who can send you friend requests" to "Friends of friends".',
        'Accept friend requests only from people you know outside school.',
      ],
      link: {
        url: 'https://www.facebook.com/settings/?tab=followers_and_public_content',
        evidence:
          'Settings section "Followers and public content" with "Who can follow me" in StellarSand/privacy-settings "Privacy Settings/Facebook.md" (May 2026); this address is opened by public scripts (exact-string search, several hits, one a Selenium privacy audit commenting "followers and public content").',
      },
    },
    findable: {
      steps: [
        'Open Settings and choose "How people can find and contact you".',
        'Set every option about finding or suggesting you by e-mail address to "Only me" or "No one".',
        'Do the same for every option about your phone number.',
        'Turn off "Do you want search engines outside of Facebook to link to your profile".',
      ],
      link: FB_FIND_AND_CONTACT,
    },
    'tag-review': {
      steps: [
        'Open Settings and choose "Profile and tagging".',
        'Turn on "Review posts you\'re tagged in before the post appears on your profile".',
        'Turn on "Review tags people add to your posts before the tags appear on Facebook".',
        'Set "Who can see posts you\'re tagged in on your profile" to "Friends" or "Only me".',
      ],
      link: {
        url: 'https://www.facebook.com/settings/?tab=profile_and_tagging',
        evidence:
          'Settings section "Profile and tagging" with both "Review …" switches in StellarSand/privacy-settings "Privacy Settings/Facebook.md" (May 2026); a privacy-scanner extension maps the old timeline-review setting to this address, and a Selenium privacy audit opens it (exact-string search).',
      },
    },
    'profile-school': {
      steps: [
        'Open your profile and choose "About".',
        'Under "Work and education", remove your school, your job title and any school you work at.',
        'Check your intro, bio and "Details about you" for the school\'s name or your profession and remove them.',
      ],
      link: {
        url: 'https://www.facebook.com/me/about',
        evidence:
          'Facebook\'s "me" shortcut to your own profile\'s About page: "go to your profile and then select About" (privacyint/website-guides guide-steps/en/Facebook_guide.md, June 2025); the address is used by public scripts and by a userscript that adds an "Edit Profile" link to /me/about/?section=work (exact-string search).',
      },
    },
    'no-pupils-parents': {
      steps: [
        'Open your friends list from your profile.',
        'Look through every name for pupils, former pupils and parents from school.',
        'For each one, choose the "…" button next to their name, then "Unfriend", or "Block" if they keep trying to reach you.',
        'Keep "Who can follow me" set to "Friends", so people you remove cannot follow you instead.',
      ],
      link: {
        url: 'https://www.facebook.com/me/friends',
        evidence:
          'Same "me" shortcut as /me/about, for your own Friends list: a public Selenium script opens it as "the friend list page" (exact-string search, one hit); the nearest evidenced address for your friends list.',
      },
    },
    location: {
      steps: [
        'When you post, do not add a location or check in somewhere.',
        'On your profile, choose "About", then "Places lived", and remove your current town or city or set it to "Only me".',
        'On your phone, set location access for the Facebook app to "Never" in the phone\'s own settings.',
      ],
      note: 'Facebook has no single location switch on its website, so check your posts, your profile and your phone instead.',
    },
  },

  x: {
    audience: {
      steps: [
        'Open "Settings and privacy", then "Privacy and safety", then "Audience and tagging".',
        'Tick "Protect your posts" and confirm.',
        'Check that a padlock now shows next to your name on your profile, because it marks protected posts.',
      ],
      link: X_AUDIENCE,
    },
    'approve-followers': {
      steps: [
        'Turn on "Protect your posts" under "Audience and tagging", so every new follower must ask first.',
        'Open "Follower requests" when someone asks to follow you.',
        'Accept only people you know outside school and decline everyone else.',
      ],
      link: X_AUDIENCE,
    },
    findable: {
      steps: [
        'Open "Settings and privacy", then "Privacy and safety", then "Discoverability and contacts".',
        'Untick "Let people who have your email address find you on X".',
        'Untick "Let people who have your phone number find you on X".',
      ],
      link: {
        url: 'https://x.com/settings/contacts',
        evidence:
          'Route "Contacts", titled "Discoverability and contacts", with "Let people who have your email address find you on X" and the phone-number twin, in X\'s own web app as archived in DzikStar/X-SCRAPER (1 July 2025, same files as Audience and tagging); X Help "About your email and phone number discoverability privacy settings" names the section.',
      },
    },
    'tag-review': {
      steps: [
        'Open "Settings and privacy", then "Privacy and safety", then "Audience and tagging", then "Photo tagging".',
        'Turn "Photo tagging" off, or choose "Only people you follow can tag you".',
        'If you find yourself tagged in a post, open it and remove the tag.',
      ],
      link: {
        url: 'https://x.com/settings/tagging',
        evidence:
          'Route "Tagging", titled "Photo tagging", with "Anyone can tag you" and "Only people you follow can tag you", in X\'s own web app as archived in DzikStar/X-SCRAPER (1 July 2025, same files as Audience and tagging); internetmatters.org/parental-controls/social-media/twitter describes Photo tagging under Audience and tagging.',
      },
      note: 'X cannot hold photo tags for you to review first, so turn tagging off or allow only people you follow.',
    },
    'profile-school': {
      steps: [
        'Open your profile and choose "Edit profile".',
        'Remove the school\'s name, your job title and anything about teaching from "Bio".',
        'Check "Website" and "Location" for anything that points to the school, then save.',
      ],
      link: {
        url: 'https://x.com/settings/profile',
        evidence:
          'X\'s own web app sends the app link twitter://profiles/edit to /settings/profile on the web (DzikStar/X-SCRAPER, 1 July 2025, client-web/bundle/AccountVerification-d5c80e95.js); nirholas/XActions src/profileManager.js opens it to edit the bio.',
      },
    },
    'no-pupils-parents': {
      steps: [
        'Open your profile and choose "Followers".',
        'Look through every name for pupils, former pupils and parents from school.',
        'For each one, choose the "…" button next to their name, then "Remove this follower".',
        'Block anyone who keeps trying to follow you.',
      ],
    },
    location: {
      steps: [
        'Open "Settings and privacy", then "Privacy and safety", then "Add location information to your posts".',
        'Untick "Add location information to your posts".',
        'Choose "Remove all location information attached to your posts" and confirm.',
      ],
      link: {
        url: 'https://x.com/settings/location',
        evidence:
          'Route "Location", titled "Add location information to your posts", in X\'s own web app (whose English texts also hold "Remove all location information attached to your posts") as archived in DzikStar/X-SCRAPER (1 July 2025); Brave\'s privacy-settings tool uses it for "Disable attaching location information to posts" (brave/brave-core components/psst/browser/content/psst_scripts_result_handler_unittest.cc).',
      },
    },
  },

  instagram: {
    audience: {
      steps: [
        'Open "Settings", then "Account privacy".',
        'Turn on "Private account" and confirm.',
        'Remove any followers you do not know, because people who already follow you can still see your posts.',
      ],
      link: IG_PRIVACY,
    },
    'approve-followers': {
      steps: [
        'Turn on "Private account" under "Account privacy", so every new follower must ask first.',
        'Check your follow requests in your notifications.',
        'Confirm only people you know outside school and delete the other requests.',
      ],
      link: IG_PRIVACY,
    },
    findable: {
      steps: [
        'Open "Settings", then "Accounts Centre", then "Your information and permissions", then "Upload contacts".',
        'Turn off "Connect contacts" and delete any contacts already uploaded.',
        'In "Edit profile", turn off "Show account suggestions on profiles".',
      ],
      link: {
        ...IG_EDIT_PROFILE,
        evidence: `${IG_EDIT_PROFILE.evidence} Nearest www.instagram.com address: contact uploading is in Accounts Centre on accountscenter.instagram.com (StellarSand/privacy-settings Instagram.md), a host this list does not link.`,
      },
      note: 'Instagram has no switch that stops people finding you by phone number or e-mail address; these steps stop your contacts being used to suggest you.',
    },
    'tag-review': {
      steps: [
        'Open "Settings", then "Tags and mentions".',
        'Turn on "Manually approve tags", so tags wait for you before they show on your profile.',
        'Set who can tag you and who can mention you to "People you follow" or "Don\'t allow".',
      ],
      link: {
        ...IG_PRIVACY,
        evidence: `${IG_PRIVACY.evidence} Nearest evidenced address: "Tags and mentions" is in the same Settings menu (StellarSand/privacy-settings Instagram.md), but no public evidence was found for its own address.`,
      },
    },
    'profile-school': {
      steps: [
        'Open your profile and choose "Edit profile".',
        'Remove the school\'s name, your job title and anything about teaching from your name, bio and links.',
        'Save, then check your profile photo and highlights do not show the school.',
      ],
      link: IG_EDIT_PROFILE,
    },
    'no-pupils-parents': {
      steps: [
        'Open your profile and choose "followers".',
        'Look through every name for pupils, former pupils and parents from school.',
        'For each one, choose "Remove" next to their name and confirm.',
        'Block anyone who keeps asking to follow you.',
      ],
    },
    location: {
      steps: [
        'When you post, do not add a location, and remove any you added before by editing the post.',
        'On your phone, set location access for the Instagram app to "Never" in the phone\'s own settings.',
      ],
    },
  },

  linkedin: {
    audience: {
      steps: [
        'Open "Settings & Privacy", then "Visibility".',
        'Under "Connections", stop your connections from seeing your connections list.',
        'Open "Edit your public profile" and turn off your profile\'s public visibility, so it is not shown off LinkedIn.',
        'When you post, choose "Connections only" instead of "Anyone".',
      ],
      link: LI_VISIBILITY,
    },
    'approve-followers': {
      steps: [
        'Open your followers list and look through it for anyone you do not know.',
        'In "Settings & Privacy", then "Visibility", open "Followers" and let only your connections follow you.',
        'Turn off "Make follow primary", so people see "Connect" rather than "Follow".',
        'Accept connection invitations only from people you know outside school.',
      ],
      link: {
        url: 'https://www.linkedin.com/mynetwork/network-manager/people-follow/followers/',
        evidence:
          'Your own followers list: a public guide links it as "the page that lists all the people who follow you", and a public test fixture mimicking LinkedIn\'s profile markup links /mynetwork/network-manager/people-follow/followers (exact-string search, several hits); the "Followers" and "Make follow primary" settings are described in LinkedIn Help text quoted on ktts.us and linkedintraining.co.uk.',
      },
      note: 'LinkedIn has no follower approval: anyone can follow you unless only your connections may, so check your followers list now and then.',
    },
    findable: {
      steps: [
        'Open "Settings & Privacy", then "Visibility".',
        'Open "Profile discovery using email address" and choose the narrowest option, "Nobody" where it is offered.',
        'Do the same in "Profile discovery using phone number".',
      ],
      link: LI_VISIBILITY,
    },
    'tag-review': {
      steps: [
        'Open "Settings & Privacy", then "Visibility".',
        'Under "Visibility of your LinkedIn activity", open "Mentioned by others" and turn it off.',
        'If someone has already mentioned you, open the post and remove the mention of your name.',
      ],
      link: LI_VISIBILITY,
      note: 'LinkedIn cannot hold mentions for you to review first, so turn mentions by others off.',
    },
    'profile-school': {
      steps: [
        'Open your profile and choose the pencil button on your intro.',
        'Remove the school and your teaching role from "Headline" and from the current position shown.',
        'In "Experience" and "Education", remove or hide entries that name the school.',
      ],
      link: LI_PROFILE,
    },
    'no-pupils-parents': {
      steps: [
        'Open "My Network", then your connections list.',
        'Look through every name for pupils, former pupils and parents from school.',
        'For each one, choose "More" on their profile, then "Remove connection", or "Report or block" if they keep trying to reach you.',
        'Check your followers list the same way, because followers who are not connections can only be blocked.',
      ],
      link: {
        url: 'https://www.linkedin.com/mynetwork/invite-connect/connections/',
        evidence:
          'Your own connections list, opened as LinkedIn\'s connections page by many public scripts (exact-string search, several hits); "Remove connection" and "Report/Block" are in each person\'s "More" menu (onlineamplify.com "Unlinking on LinkedIn").',
      },
    },
    location: {
      steps: [
        'Open your profile and choose the pencil button on your intro.',
        'Under "Location", show only your country and a wide area or city, never your town or street.',
        'Save, then check your "Contact info" does not give your address.',
      ],
      link: LI_PROFILE,
    },
  },

  tiktok: {
    audience: {
      steps: [
        'Open "Settings and privacy", then "Privacy".',
        'Turn on "Private account".',
        'Remove any followers you do not know, because people who already follow you can still see your videos.',
      ],
      link: TT_PRIVACY,
    },
    'approve-followers': {
      steps: [
        'Turn on "Private account" under "Privacy", so every new follower must ask first.',
        'Check "Follow requests" in your Inbox.',
        'Approve only people you know outside school and decline everyone else.',
      ],
      link: TT_PRIVACY,
    },
    findable: {
      steps: [
        'Open "Settings and privacy", then "Privacy", then "Suggest your account to others".',
        'Turn off "Contacts", "Facebook friends", "People with mutual connections" and "People who open or send links to you".',
        'Turn off contact syncing under "Sync contacts and Facebook friends" if it is on.',
      ],
      link: TT_PRIVACY,
    },
    'tag-review': {
      steps: [
        'Open "Settings and privacy", then "Privacy".',
        'Set who can mention you and who can tag you in posts to "No one", or "Friends" at most.',
        'If you find yourself tagged in a video, open it and remove the tag.',
      ],
      link: TT_PRIVACY,
      note: 'TikTok cannot hold tags for you to review first, so limit who can tag and mention you.',
    },
    'profile-school': {
      steps: [
        'Open your profile and choose "Edit profile".',
        'Remove the school\'s name, your job title and anything about teaching from your name, username and bio.',
        'Check your profile photo and links do not show the school.',
      ],
    },
    'no-pupils-parents': {
      steps: [
        'Open your profile and choose "Followers".',
        'Look through every name for pupils, former pupils and parents from school.',
        'For each one, choose the "…" button next to their name, then "Remove this follower".',
        'Block anyone who keeps asking to follow you.',
      ],
    },
    location: {
      steps: [
        'Open "Settings and privacy", then "Privacy", then "Location services", and turn location off.',
        'When you post, do not add a location.',
        'On your phone, set location access for the TikTok app to "Never" in the phone\'s own settings.',
      ],
      link: {
        ...TT_PRIVACY,
        evidence: `${TT_PRIVACY.evidence} Nearest evidenced address: "Location services" is a Privacy setting in the app; no public evidence was found for a web address of its own.`,
      },
    },
  },
};
