/** HTTP plumbing shared by every module's controllers: problem+json errors, versions as ETags, business dates. */
package dev.commitmenttracker.web;
