-- Every organization already in a network becomes an active full member since its profile was created; associations
-- and social institutions are exempt from fees (the city portal's rule), everyone else pays the standard fee.
insert into membership (id, network_id, organization_id, type_code, status, fee_category, since, created_at, updated_at)
select gen_random_uuid(), n.network_id, n.organization_id, 'full', 'ACTIVE',
       case when o.kind in ('ASSOCIATION', 'SOCIAL_INSTITUTION') then 'EXEMPT' else 'STANDARD' end,
       cast(o.created_at as date), o.created_at, o.created_at
from organization_network n join organization o on o.id = n.organization_id;

insert into membership_change (id, membership_id, changed_at, effective_on, from_status, to_status, type_code, fee_category)
select gen_random_uuid(), m.id, m.created_at, m.since, null, 'ACTIVE', m.type_code, m.fee_category from membership m;
