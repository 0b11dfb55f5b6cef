/** Small stable value types every module speaks: Areas, owner roles, assurance methods, themes, rule violations. */
package dev.commitmenttracker.shared;
