-- Existing leads get the channel they count for, by the same rule as createLead's channelOf
-- (lib/leads/create.ts): a sign-up through a participant's own link (participant_referrals)
-- counts for the participant channel; an ambassador's contact or a public sign-up through their
-- referral link counts for the ambassador channel; association and network as they came in; a
-- desk lead credited to an ambassador or an association counts for theirs.
UPDATE "leads" SET "channel" = (CASE
  WHEN EXISTS (SELECT 1 FROM "participant_referrals" pr WHERE pr."lead_id" = "leads"."id") THEN 'participant'
  WHEN "source" = 'ambassador' THEN 'ambassador'
  WHEN "source" = 'association' THEN 'association'
  WHEN "source" = 'network' THEN 'network'
  WHEN "recruited_by_ambassador_id" IS NOT NULL THEN 'ambassador'
  WHEN "source" = 'desk' AND "association_id" IS NOT NULL THEN 'association'
  WHEN "source" = 'desk' THEN 'desk'
  ELSE 'public'
END)::lead_channel;
