package dev.commitmenttracker.contacts.web;

import dev.commitmenttracker.contacts.ContactBook;
import dev.commitmenttracker.contacts.api.ContactChange;
import dev.commitmenttracker.contacts.api.UnitContact;
import dev.commitmenttracker.shared.AreaCode;
import dev.commitmenttracker.shared.OwnerRole;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who holds each owner role in a unit. Read and kept by a national lead and the unit's Area managers only: the
 * emails are personal data (docs/contacts.md). An unknown unit or owner role in the path, a blank name or an email
 * that is not an address: 400 problem+json naming the field, nothing recorded.
 */
@RestController
@RequestMapping(path = "/api/units/{unit}/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
class ContactController {

    /** PUT body: the person who holds the role. */
    record Holder(String name, String email) {}

    private final ContactBook contacts;

    ContactController(ContactBook contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    List<UnitContact> contacts(@PathVariable AreaCode unit) {
        return contacts.of(unit);
    }

    @GetMapping("/history")
    List<ContactChange> history(@PathVariable AreaCode unit) {
        return contacts.history(unit);
    }

    @PutMapping(path = "/{ownerRole}", consumes = MediaType.APPLICATION_JSON_VALUE)
    UnitContact put(@PathVariable AreaCode unit, @PathVariable OwnerRole ownerRole, @RequestBody Holder holder) {
        return contacts.put(unit, ownerRole, holder.name(), holder.email());
    }

    /** Nobody holds the role now; {@code erase=true} also blanks the names and emails of its earlier holders. */
    @DeleteMapping("/{ownerRole}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(
            @PathVariable AreaCode unit,
            @PathVariable OwnerRole ownerRole,
            @RequestParam(defaultValue = "false") boolean erase) {
        contacts.remove(unit, ownerRole, erase);
    }
}
