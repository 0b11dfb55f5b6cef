/** Who may do what: logins, roles and the Areas an Area manager is scoped to. */
package dev.commitmenttracker.security;
