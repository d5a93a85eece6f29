/**
 * Identity owns people's accounts and what they may do: sign-in, registration with email verification, password
 * reset, personal API tokens, and the role assignments (platform admin, network manager or member, organization
 * editor) that every other module asks about through {@link org.clusteratlas.identity.CurrentUsers}.
 */
@org.springframework.modulith.ApplicationModule
package org.clusteratlas.identity;
