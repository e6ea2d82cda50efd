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

sub attribute {
    my ($attributes, $name) = @_;
    return undef unless $attributes =~ /(?:^|\s)\Q$name\E(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+)))?(?=[\s\/>]|$)/is;
    return '' unless defined $1;
    return decode(defined $2 ? $2 : defined $3 ? $3 : $4);
}

sub decode {
    my ($text) = @_;
    my %named = (amp => '&', lt => '<', gt => '>', quot => '"', apos => "'", nbsp => "\xc2\xa0");
    $text =~ s/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/entity($1, \%named)/ge;
    return $text;
}

sub entity {
    my ($name, $named) = @_;
    my $code = $name =~ /^#x(.*)$/i ? hex $1 : $name =~ /^#(.*)$/ ? $1 : undef;
    return exists $named->{$name} ? $named->{$name} : "&$name;" unless defined $code;
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
