#!/usr/bin/perl
# Used by bench/editor.sh: reads an HTML page on standard input and prints, URL-encoded, the body a
# browser would send when the form whose action ends with ACTION is submitted unchanged: every named
# input (hidden ones, the CSRF token and the version included; checkboxes and radios only when checked),
# the selected option of each select (the first one when none is marked), and each textarea. Fields
# given as NAME=VALUE replace the form's value; NAME+=TEXT puts TEXT at the end of the current value in
# place of an earlier "[bench …]" mark, so that repeated saves do not make it grow.
#
#   form-body.pl /admin/agreements/7/edit 'summaryEn+=[bench edit 12]' <form.html
#
# Exits with 2 when the page has no such form, 3 when a NAME+= field is not in it. Uses only what perl-base has.
use strict;
use warnings;

my $action = shift @ARGV or die "usage: form-body.pl ACTION [NAME=VALUE | NAME+=TEXT]...\n";
my (%set, %append);
for my $arg (@ARGV) {
    if ($arg =~ /^([^=+]+)\+=(.*)$/s) { $append{$1} = $2; }
    elsif ($arg =~ /^([^=]+)=(.*)$/s) { $set{$1} = $2; }
    else { die "not NAME=VALUE or NAME+=TEXT: $arg\n"; }
}

local $/;
my $html = <STDIN>;
$html = '' unless defined $html;

my $form;
while ($html =~ /(<form\b[^>]*>)(.*?)<\/form>/gis) {
    my ($open, $inner) = ($1, $2);
    my $to = attribute($open, 'action');
    if (defined $to && $to =~ /\Q$action\E(?:\?.*)?$/) { $form = $inner; last; }
}
exit 2 unless defined $form;

my @fields;
while ($form =~ /<(input|select|textarea)\b([^>]*)>/gis) {
    my ($tag, $attributes) = (lc $1, $2);
    my $name = attribute($attributes, 'name');
    next unless defined $name && $name ne '';
    next if defined attribute($attributes, 'disabled');
    if ($tag eq 'input') {
        my $type = lc(attribute($attributes, 'type') // 'text');
        next if $type =~ /^(submit|button|reset|image|file)$/;
        next if $type =~ /^(checkbox|radio)$/ && !defined attribute($attributes, 'checked');
        my $value = attribute($attributes, 'value');
        push @fields, [$name, defined $value ? $value : ($type =~ /^(checkbox|radio)$/ ? 'on' : '')];
    } elsif ($tag eq 'textarea') {
        $form =~ /\G(.*?)<\/textarea>/gis or die "unclosed textarea $name\n";
        my $text = decode($1);
        $text =~ s/^\r?\n//;    # the newline right after <textarea> is not part of the value
        push @fields, [$name, $text];
    } else {
        $form =~ /\G(.*?)<\/select>/gis or die "unclosed select $name\n";
        my $options = $1;
        my ($first, @selected);
        while ($options =~ /<option\b([^>]*)>(.*?)(?=<option\b|<\/optgroup|$)/gis) {
            my ($option, $label) = ($1, $2);
            next if defined attribute($option, 'disabled');
            my $value = attribute($option, 'value');
            unless (defined $value) { ($value = decode($label)) =~ s/<\/option>.*//is; $value =~ s/^\s+|\s+$//g; }
            $first = $value unless defined $first;
            push @selected, $value if defined attribute($option, 'selected');
        }
        @selected = ($selected[0]) if @selected && !defined attribute($attributes, 'multiple');
        @selected = ($first) if !@selected && defined $first && !defined attribute($attributes, 'multiple');
        push @fields, [$name, $_] for @selected;
    }
}

my %seen;
for my $field (@fields) {
    my $name = $field->[0];
    if (exists $set{$name}) { $field->[1] = $set{$name}; }
    if (exists $append{$name}) {
        (my $value = $field->[1]) =~ s/\s*\[bench [^\]]*\]$//;
        $field->[1] = $value eq '' ? $append{$name} : "$value $append{$name}";
    }
    $seen{$name} = 1;
}
for my $name (grep { !$seen{$_} } sort keys %set) { push @fields, [$name, $set{$name}]; }
for my $name (grep { !$seen{$_} } sort keys %append) { print STDERR "the form has no field $name\n"; exit 3; }

print join('&', map { encode($_->[0]) . '=' . encode($_->[1]) } @fields);

# Reads the attributes one after another, so that a word inside another attribute's quoted value
# (placeholder="Type a name") is never taken for an attribute of its own.
sub attribute {
    my ($attributes, $name) = @_;
    while ($attributes =~ /\G\s*([^\s=\/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?\s*\/?/gcs) {
        my $found = $1;
        next unless lc $found eq lc $name;
        return '' unless defined $2 || defined $3 || defined $4;
        return decode(defined $2 ? $2 : defined $3 ? $3 : $4);
    }
    return undef;
}

sub decode {
    my ($text) = @_;
    # Thymeleaf writes the characters HTML5 has a name for by that name (finance&ndash;ICT).
    my %named = (amp => '&', lt => '<', gt => '>', quot => '"', apos => "'", nbsp => '#160', ndash => '#8211',
        mdash => '#8212', lsquo => '#8216', rsquo => '#8217', sbquo => '#8218', ldquo => '#8220', rdquo => '#8221',
        bdquo => '#8222', hellip => '#8230', middot => '#183', bull => '#8226', times => '#215', divide => '#247',
        copy => '#169', reg => '#174', trade => '#8482', deg => '#176', plusmn => '#177', euro => '#8364',
        pound => '#163', yen => '#165', cent => '#162', sect => '#167', para => '#182', laquo => '#171',
        raquo => '#187', larr => '#8592', rarr => '#8594', uarr => '#8593', darr => '#8595', harr => '#8596',
        prime => '#8242', Prime => '#8243', lsaquo => '#8249', rsaquo => '#8250', thinsp => '#8201',
        ensp => '#8194', emsp => '#8195', shy => '#173', iexcl => '#161', iquest => '#191', half => '#189',
        frac12 => '#189', frac14 => '#188', frac34 => '#190', sup2 => '#178', sup3 => '#179', micro => '#181');
    $text =~ s/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/entity($1, \%named)/ge;
    return $text;
}

sub entity {
    my ($name, $named) = @_;
    my $code = $name =~ /^#x(.*)$/i ? hex $1 : $name =~ /^#(.*)$/ ? $1 : undef;
    if (!defined $code && exists $named->{$name}) {
        my $known = $named->{$name};
        return $known unless $known =~ /^#(\d+)$/;
        $code = $1;
    }
    return "&$name;" unless defined $code;
    my $character = chr $code;
    utf8::encode($character);
    return $character;
}

sub encode {
    my ($text) = @_;
    $text =~ s/([^A-Za-z0-9*\-._ ])/sprintf('%%%02X', ord $1)/ge;
    $text =~ tr/ /+/;
    return $text;
}
